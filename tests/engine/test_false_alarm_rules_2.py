# ruff: noqa: E501  (the probes are whole sentences, one to a line)
"""Probes of a second round of rules that keep false conflict alarms down: a figure in a warning told with a modal
("warned that up to 250 mm of rain could fall") as a forecast; a limit of speed or of room ("allowed to run at up to
80 km/h", "has space for 3,000 vehicles") as a capacity; a public body's payment against a company's as two
payments; two measures of an economy (growth, a deficit, inflation, unemployment) as two figures; and the sums a
total is told to comprise set against that total by their sum. Each rule has sentences it must stop (catch) and
sentences whose real conflict it must leave standing (leave-alone), written for these probes, not taken from the
labelled cases."""

from __future__ import annotations

import pytest

from tests.engine.cases import conflicts_match, probe_conflicts

# fmt: off
PROBES = [
    # ------------------------------------------------------------------------- 1: a warning told with a modal
    (
        "Forecasters warned that up to 300 mm of rain could fall on the coast over the weekend.",
        "The coastal weather station recorded 410 mm of rain over the weekend.",
        [],
        "warning catch: rain that 'could fall' is a forecast, not the rain recorded",
    ),
    (
        "Health officials warned that as many as 5,000 people in the district might fall ill by the end of the month.",
        "By the end of the month 3,100 people in the district had fallen ill, health officials said.",
        [],
        "warning catch: people who 'might fall ill' are a forecast, not the count",
    ),
    (
        "The agency warned that winds of 150 km/h would hit the islands within 36 hours.",
        "Winds of 190 km/h hit the islands on Sunday, the agency said.",
        [],
        "warning catch: winds that 'would hit' are a forecast, not the winds measured",
    ),
    (
        "Police warned that 40 people had been arrested during the protest in the capital.",
        "Police said 55 people were arrested during the protest in the capital.",
        [["40", "55"]],
        "warning leave-alone: a fact told after 'warned that' (no modal) still conflicts",
    ),
    (
        "The storm dumped 300 mm of rain on the coast over the weekend, forecasters warned.",
        "The coastal weather station recorded 410 mm of rain over the weekend.",
        [["300 mm", "410 mm"]],
        "warning leave-alone: a recorded figure before 'warned' still conflicts",
    ),
    # ---------------------------------------------------------------------------- 2: a limit of speed or room
    (
        "The bus was travelling at 97 km/h when it left the road near Talca.",
        "Buses are permitted to travel at up to 80 km/h on the road near Talca, the transport ministry said.",
        [],
        "limit catch: 'permitted to travel at up to 80 km/h' is a limit, not the speed of the bus",
    ),
    (
        "The freight train was travelling at 74 km/h when it hit the passenger train.",
        "Freight trains are allowed to run at 60 km/h on that stretch, where the passenger train was hit.",
        [],
        "limit catch: 'allowed to run at 60 km/h' is a limit, not the speed of the train",
    ),
    (
        "About 2,400 vehicles were parked in the multi-storey car park when the fire broke out.",
        "The multi-storey car park, where the fire broke out, has space for 3,000 vehicles.",
        [],
        "limit catch: 'space for 3,000 vehicles' is room, not the vehicles parked",
    ),
    (
        "The train was travelling at 74 km/h when it hit the lorry at the crossing.",
        "The train was travelling at 80 km/h when it hit the lorry at the crossing.",
        [["74", "80"]],
        "limit leave-alone: two speeds of one train at impact still conflict",
    ),
    (
        "The speed limit on the bridge is 50 km/h, police said after the crash.",
        "The speed limit on the bridge is 60 km/h, police said after the crash.",
        [["50", "60"]],
        "limit leave-alone: two speed limits of one bridge still conflict",
    ),
    # ------------------------------------------------------------- 3: a public body's payment and a company's
    (
        "The rail operator will pay 5 million pesos to the family of each person who died.",
        "The provincial government will give each bereaved family 3 million pesos, the governor said.",
        [],
        "giver catch: the rail operator's payment and the provincial government's are two payments",
    ),
    (
        "The state government announced compensation of 400,000 rupees for the family of each worker killed.",
        "The company's board has approved an ex gratia payment of 2.5 million rupees to the family of each worker killed.",
        [],
        "giver catch: the state government's compensation and the company board's ex gratia are two payments",
    ),
    (
        "The company will pay 5 million pesos to the family of each person who died.",
        "The firm will pay each bereaved family 3 million pesos, its chief executive said.",
        [["5 million pesos", "3 million pesos"]],
        "giver leave-alone: 'the company' and 'the firm' are one giver; the sums conflict",
    ),
    (
        "The regional government will pay 5 million pesos to the family of each person who died.",
        "The government of the region will give each bereaved family 3 million pesos.",
        [["5 million pesos", "3 million pesos"]],
        "giver leave-alone: two names of one regional government; the sums conflict",
    ),
    # -------------------------------------------------------------------------- 4: two measures of an economy
    (
        "The economy is forecast to grow 3.2% next year, the finance minister said.",
        "The finance minister expects this year's budget deficit to come in at 3.4%.",
        [],
        "economy catch: growth of 3.2% is not a deficit of 3.4%",
    ),
    (
        "Inflation eased to 5.1% in May, the statistics office said.",
        "Unemployment rose to 5.4% in May, the statistics office said.",
        [],
        "economy catch: inflation of 5.1% is not unemployment of 5.4%",
    ),
    (
        "The economy is forecast to grow 3.2% next year, the finance minister said.",
        "The finance minister forecast growth of 2.8% next year.",
        [["3.2%", "2.8%"]],
        "economy leave-alone: two growth forecasts for one year conflict",
    ),
    (
        "The budget deficit will narrow to 3.4% of GDP next year, the finance minister said.",
        "The finance minister said the deficit would narrow to 3.9% of GDP next year.",
        [["3.4%", "3.9%"]],
        "economy leave-alone: two deficit figures for one year conflict",
    ),
    # -------------------------------------------------------------------------- 5: the sums a total comprises
    (
        "The government proposed total spending of 420 billion rand for next year.",
        "Next year's spending plan comprises 300 billion rand for national departments and 120 billion rand in transfers to the provinces.",
        [],
        "split catch: 300bn and 120bn are the parts of the 420bn total, which they add up to",
    ),
    (
        "The relief package is worth 65 million euros in all, the minister said.",
        "The relief package is split between 40 million euros of grants and 25 million euros of loans, the minister said.",
        [],
        "split catch: grants and loans add up to the 65 million euro package",
    ),
    (
        "Next year's spending plan comprises 300 billion rand for national departments and 120 billion rand in transfers to the provinces.",
        "The spending plan sets aside 330 billion rand for national departments next year.",
        [["300 billion rand", "330 billion rand"]],
        "split leave-alone: a part against the same part told otherwise still conflicts",
    ),
    (
        "The government proposed total spending of 480 billion rand for next year.",
        "Next year's spending plan comprises 300 billion rand for national departments and 120 billion rand in transfers to the provinces.",
        [["480 billion rand", "300 billion rand"]],
        "split leave-alone: parts adding up to 420bn conflict with a total of 480bn",
    ),
]
# fmt: on


@pytest.mark.parametrize(("a", "b", "expected", "label"), PROBES, ids=[p[3][:60] for p in PROBES])
def test_false_alarm_rule_2_probe(a: str, b: str, expected: list[list[str]], label: str) -> None:
    got = probe_conflicts(a, b)
    assert conflicts_match(expected, got), got
