"""Probes of the times-of-day rule (two linked sentences that each give one time of day for the same moment),
written by a reviewer who tried to break it with sentences of its own: compatible renderings of one moment, different
moments told in like words, plans, bounds, zones and live blogs' entry times. Each probe is two one-sentence articles,
whether a time-of-day conflict must be reported, and what it tests. The ones the engine still gets wrong are marked,
with why."""

from __future__ import annotations

import pytest

from tests.engine.cases import compare_bodies

PROBES: list[tuple[str, str, bool, str]] = [
    (
        "The ferry left Cebu City at 6:15am bound for Tagbilaran.",
        "The ferry left Cebu City at 6:15 a.m. bound for Tagbilaran.",
        False,
        "am vs a.m.",
    ),
    (
        "The gunman opened fire inside the Harbour Mall at 15:46, police said.",
        "The gunman opened fire inside the Harbour Mall at 3.46pm, police said.",
        False,
        "24h vs 12h dot",
    ),
    (
        "The blast at the Tarvik chemical plant happened just after 3pm on Tuesday.",
        "The blast at the Tarvik chemical plant happened at 3:05pm on Tuesday.",
        False,
        "just after",
    ),
    (
        "The blast at the Tarvik chemical plant happened just gone 3pm on Tuesday.",
        "The blast at the Tarvik chemical plant happened at 3:08pm on Tuesday.",
        False,
        "UK 'just gone'",
    ),
    (
        "The lorry crashed into the bridge on the A38 at around 7.30am on Monday.",
        "The lorry crashed into the bridge on the A38 at 7:38am on Monday.",
        False,
        "around 8 min",
    ),
    (
        "The lorry crashed into the bridge on the A38 at about 7.30am on Monday.",
        "The lorry crashed into the bridge on the A38 at 7:42am on Monday.",
        False,
        "about 12 min (borderline)",
    ),
    (
        "The lorry crashed into the bridge on the A38 at 7.30am or thereabouts on Monday.",
        "The lorry crashed into the bridge on the A38 at 7:45am on Monday.",
        False,
        "trailing hedge 'or thereabouts'",
    ),
    (
        "The lorry crashed into the bridge on the A38 at approximately 7.30am on Monday.",
        "The lorry crashed into the bridge on the A38 at 7.37am on Monday.",
        False,
        "approximately",
    ),
    (
        "The lorry crashed into the bridge on the A38 minutes after 7.30am on Monday.",
        "The lorry crashed into the bridge on the A38 at 7.41am on Monday.",
        False,
        "minutes after",
    ),
    (
        "The lorry crashed into the bridge on the A38 moments before 7.30am on Monday.",
        "The lorry crashed into the bridge on the A38 at 7.24am on Monday.",
        False,
        "moments before",
    ),
    (
        "The earthquake struck the coastal town of Ardel at 12:30am on Monday.",
        "The earthquake struck the coastal town of Ardel at 00:30 on Monday.",
        False,
        "12:30am vs 00:30",
    ),
    (
        "The earthquake struck the coastal town of Ardel at 12:10pm on Monday.",
        "The earthquake struck the coastal town of Ardel at 12:10 on Monday.",
        False,
        "12:10pm vs 12:10",
    ),
    (
        "The ferry departed Pier 1 in Cebu City at 1815H bound for Tagbilaran.",
        "The ferry left Cebu City at 6:15pm bound for Tagbilaran.",
        False,
        "1815H vs 6:15pm",
    ),
    (
        "The ferry left Cebu City at 6.15am on Monday bound for Tagbilaran.",
        "The ferry left Cebu City at 06:15 on Monday bound for Tagbilaran.",
        False,
        "6.15am vs 06:15",
    ),
    (
        "The shooting at the Fresno warehouse began at 2:10 p.m. ET, officials said.",
        "The shooting at the Fresno warehouse began at 11:10 a.m. PT, officials said.",
        False,
        "ET vs PT",
    ),
    (
        "The rocket lifted off from Cape Canaveral and the launch happened at 3:30pm UK time.",
        "The rocket lifted off from Cape Canaveral and the launch happened at 10:30am Eastern.",
        False,
        "UK time vs Eastern",
    ),
    (
        "The quake struck off the coast of Hokkaido at 2:15am Tokyo time on Friday.",
        "The quake struck off the coast of Hokkaido at 1:15am Beijing time on Friday.",
        False,
        "Tokyo time vs Beijing time",
    ),
    (
        "The missile hit the apartment block in Dnipro at 4:20am Kyiv time.",
        "The missile hit the apartment block in Dnipro at 2:20am UK time.",
        False,
        "Kyiv time vs UK time",
    ),
    (
        "The quake struck off the coast of Wellington at 9:05pm NZST.",
        "The quake struck off the coast of Wellington at 9:05am GMT.",
        False,
        "NZST with GMT (one has zone)",
    ),
    (
        "The quake struck off the coast of Wellington at 9:05pm NZDT on Friday.",
        "The quake struck off the coast of Wellington at 7:05pm AEDT on Friday.",
        False,
        "NZDT vs AEDT",
    ),
    (
        "3.05pm: The ferry has left Dover harbour, port officials say.",
        "The ferry left Dover harbour at 2.40pm, port officials said.",
        False,
        "live blog 3.05pm: entry",
    ),
    (
        "14:32: Firefighters have now arrived at the Grenfell site, the brigade says.",
        "Firefighters arrived at the Grenfell site at 14:05, the brigade said.",
        False,
        "live blog 14:32: entry",
    ),
    (
        "Updated 9.50am. The lorry crashed into the bridge on the A38, police said.",
        "The lorry crashed into the bridge on the A38 at 7.30am, police said.",
        False,
        "Updated 9.50am",
    ),
    (
        "Firefighters arrived at the burning flat on Elm Street at 2.40am.",
        "Police officers arrived at the burning flat on Elm Street at 2.55am.",
        False,
        "different subjects arrive",
    ),
    (
        "The lifeboat reached the stricken yacht off Padstow at 4.20am.",
        "The helicopter reached the stricken yacht off Padstow at 4.55am.",
        False,
        "different subjects reached",
    ),
    (
        "A fire broke out at the Tarvik chemical plant at 2.10am, the company said.",
        "An explosion ripped through the Tarvik chemical plant at 2.40am, the company said.",
        False,
        "fire vs explosion happen-group",
    ),
    (
        "Storm Ciaran hit the city of Brest at 4pm on Wednesday.",
        "Power went out across the city of Brest at 6pm on Wednesday as Storm Ciaran raged.",
        False,
        "storm hit vs power went out",
    ),
    (
        "President Mills took the oath of office on the Capitol steps at 12:03pm.",
        "The inauguration of President Mills began on the Capitol steps at 11:30am.",
        False,
        "oath vs ceremony began",
    ),
    (
        "A vigil for the victims was held in Market Square at 7pm on Sunday.",
        "A minute's silence for the victims was held in Market Square at 11am on Sunday.",
        False,
        "vigil vs silence held",
    ),
    (
        "The plane landed in Dubai at 7.20am to refuel before flying on to London.",
        "The plane landed at Heathrow in London at 11.45am.",
        False,
        "landed two places",
    ),
    (
        "The ferry left Cebu City at 6:15am on Monday, the coastguard said.",
        "The ferry left Tagbilaran at 3:30pm on Monday for the return trip, the coastguard said.",
        False,
        "left two ports",
    ),
    (
        "Protesters marched on the parliament building at 2pm on Saturday.",
        "Protesters marched on the parliament building at 6pm on Sunday.",
        False,
        "two days",
    ),
    (
        "The ferry left Cebu City at 6:15am on Monday.",
        "The ferry left Cebu City at 7:40am on Tuesday.",
        False,
        "two days ferry",
    ),
    (
        "The 7.40am train from Brighton to London Victoria was cancelled on Monday.",
        "The 8.10am train from Brighton to London Victoria was cancelled on Monday.",
        False,
        "train names",
    ),
    (
        "The 6.15am ferry from Cebu City to Tagbilaran capsized on Monday.",
        "The 6.50am ferry from Cebu City to Tagbilaran was delayed on Monday.",
        False,
        "ferry names",
    ),
    (
        "The man stabbed outside the Vault nightclub died in hospital at 4.10am.",
        "The man was stabbed outside the Vault nightclub at 1.40am.",
        False,
        "died skipped -> stabbed",
    ),
    (
        "The blaze, which broke out at a warehouse in Leith, was brought under control at 6am.",
        "The blaze broke out at a warehouse in Leith at 2.15am.",
        False,
        "brought skipped -> broke",
    ),
    (
        "The fire, which started in a kitchen at the Red Lion pub, was put out at 4.30am.",
        "The fire started in a kitchen at the Red Lion pub at 2.10am.",
        False,
        "put skipped -> started",
    ),
    (
        "The boy, who went missing from Victoria Park on Sunday, was found safe at 7am on Monday.",
        "The boy went missing from Victoria Park at 3pm on Sunday.",
        False,
        "found skipped -> went",
    ),
    (
        "Police told a news conference at 11am that the gunman had been shot dead outside the mall.",
        "The gunman was shot dead outside the mall at 3:46am.",
        False,
        "press conference time",
    ),
    (
        "At 9pm on Monday the ferry had still not left Cebu City, passengers said.",
        "The ferry left Cebu City at 11:30pm on Monday, passengers said.",
        False,
        "negation not left",
    ),
    (
        "The ferry did not leave Cebu City at 6:15am as scheduled.",
        "The ferry left Cebu City at 9:40am.",
        False,
        "negation did not leave (+scheduled)",
    ),
    (
        "Two people were arrested at the Harbour Mall at 5pm on Friday.",
        "Three more people were arrested at the Harbour Mall at 9pm on Friday.",
        False,
        "more people arrested",
    ),
    (
        "Officers stopped the car on the M6 near Junction 10 at 1.15am.",
        "Officers stopped a second car on the M6 near Junction 10 at 1.40am.",
        False,
        "second car (control)",
    ),
    (
        "The earthquake struck the coastal town of Ardel at 4:17am on Monday.",
        "The earthquake struck the coastal town of Ardel at 4:47am on Monday.",
        True,
        "quake 30 min",
    ),
    (
        "The gunman opened fire inside the Harbour Mall at 3.40pm, police said.",
        "The gunman opened fire inside the Harbour Mall at 4.40pm, police said.",
        True,
        "opened fire 1h",
    ),
    (
        "The storm made landfall near Tampa at 7pm on Wednesday.",
        "The storm made landfall near Tampa at 9pm on Wednesday.",
        True,
        "made landfall (made not verb)",
    ),
    (
        "The climber was found alive on Ben Nevis at 8.15am on Sunday.",
        "The climber was found alive on Ben Nevis at 10.30am on Sunday.",
        True,
        "found (not verb)",
    ),
    (
        "The earthquake struck the coastal town of Ardel at midnight on Monday.",
        "The earthquake struck the coastal town of Ardel at 2:30am on Monday.",
        True,
        "midnight",
    ),
    (
        "The earthquake struck the coastal town of Ardel at noon on Monday.",
        "The earthquake struck the coastal town of Ardel at 3:30pm on Monday.",
        True,
        "noon",
    ),
    (
        "The earthquake struck the coastal town of Ardel at four o'clock on Monday.",
        "The earthquake struck the coastal town of Ardel at 6:30am on Monday.",
        True,
        "o'clock",
    ),
    (
        "The earthquake struck the coastal town of Ardel at 14.30 on Monday.",
        "The earthquake struck the coastal town of Ardel at 4:30pm on Monday.",
        True,
        "14.30 dotted 24h",
    ),
    (
        "The gunman opened fire at the Harbour Mall at 3.40pm.",
        "The shooting at the Harbour Mall began at 4.40pm.",
        True,
        "opened fire vs began",
    ),
    (
        "The ferry sank off Bohol at 9:40am, the coastguard said.",
        "The ferry capsized off Bohol at 11:15am, the coastguard said.",
        True,
        "sank vs capsized",
    ),
    (
        "3.05pm - The ferry has left Dover harbour, port officials say.",
        "The ferry left Dover harbour at 2.40pm, port officials said.",
        False,
        "live blog '3.05pm -' entry",
    ),
    (
        "The ferry left Cebu City at 6:15am on March 3, the coastguard said.",
        "The ferry left Cebu City at 7:40am on March 4, the coastguard said.",
        False,
        "two dates",
    ),
    (
        "The 2.30pm race at Cheltenham was abandoned because of the frozen track.",
        "The 3.05pm race at Cheltenham was abandoned because of the frozen track.",
        False,
        "race names",
    ),
    (
        "A man was arrested at the Harbour Mall at 5pm on Friday, police said.",
        "A woman was arrested at the Harbour Mall at 9pm on Friday, police said.",
        False,
        "man vs woman arrested",
    ),
    (
        "The quake struck the city of Van at 11.47pm (local) on Friday.",
        "The quake struck the city of Van at 8.47pm UK time on Friday.",
        False,
        "(local) vs UK time",
    ),
    (
        "Police were called to the flat on Elm Street at 2.30am, and officers arrived shortly afterwards.",
        "Officers arrived at the flat on Elm Street at 3.10am.",
        False,
        "called vs arrived (control)",
    ),
    (
        "Rescuers pulled the last survivor from the rubble in Antakya at 9pm.",
        "Rescuers pulled the first survivor from the rubble in Antakya at 6am.",
        False,
        "first/last (control)",
    ),
    (
        "The lorry crashed into the bridge on the A38 shortly after 7.30am on Monday.",
        "The lorry crashed into the bridge on the A38 at 7.55am on Monday.",
        False,
        "shortly after 25 min (borderline)",
    ),
    (
        "The tornado touched down in Moore at 2:56 p.m. CDT Monday.",
        "The tornado touched down in Moore at 3:56 p.m. EDT Monday.",
        False,
        "CDT vs EDT (control)",
    ),
    (
        "The fire at the Red Lion pub was reported at 2.10am.",
        "The fire at the Red Lion pub started at 1.50am.",
        False,
        "reported vs started (control)",
    ),
    (
        "The ferry left Cebu City at 6:15am and the coastguard lost contact with it at 9:40am.",
        "The ferry left Cebu City at 6:50am.",
        False,
        "two times (control)",
    ),
    (
        "At 3.46pm an officer shot the gunman outside the food court.",
        "An officer shot the gunman outside the food court at 3.58pm.",
        True,
        "time leads",
    ),
    (
        "Officers were called to the flat on Elm Street at 2.30am.",
        "Officers were called to the flat on Elm Street at 3.15am.",
        True,
        "called",
    ),
    (
        "The alarm was raised at Barrow lifeboat station at 6.40am.",
        "The alarm was raised at Barrow lifeboat station at 7.20am.",
        True,
        "raised",
    ),
    (
        "The tornado touched down in Moore at 2:56 p.m. Monday, the weather service said.",
        "The tornado touched down in Moore at 3:40 p.m. Monday, the weather service said.",
        True,
        "AP touched down",
    ),
    (
        "The man stabbed outside the Vault nightclub died in hospital at 4.10am.",
        "The man stabbed outside the Vault nightclub died in hospital at 5.30am.",
        True,
        "died (miss)",
    ),
    (
        "Kick-off at Ibrox was at 7.45pm and the match kicked off on time.",
        "The match at Ibrox kicked off at 8pm.",
        True,
        "kicked off",
    ),
    (
        "The lorry crashed into the bridge on the A38 just after 7.30am on Monday.",
        "The lorry crashed into the bridge on the A38 at 9.15am on Monday.",
        True,
        "just after vs 1h45 later (a near bound)",
    ),
    (
        "The blast at the Tarvik chemical plant happened shortly before 3pm on Tuesday.",
        "The blast at the Tarvik chemical plant happened at 11:20am on Tuesday.",
        True,
        "shortly before vs 3h40 earlier",
    ),
    (
        "The lorry crashed into the bridge on the A38 at about 7.30am on Monday.",
        "The lorry crashed into the bridge on the A38 at 7.39am on Monday.",
        False,
        "about 9 min (control)",
    ),
    (
        "The blast occurred at 10:02 am at the Narmada Speciality Chemicals unit, sending up a huge plume of smoke.",
        "The blast, at a factory run by Narmada Speciality Chemicals in the Dahej estate, happened at 10.20 am and set"
        " off a fire.",
        True,
        "one moment, nothing else said alike beside the times",
    ),
    (
        "Officer Dana Whitfield shot the gunman at 3:46, four minutes after the first call, Police Chief Raymond Ortiz "
        "said.",
        "The gunman was shot dead at 3:48 by an off-duty police officer, police said.",
        True,
        "'first' told of the call a time is counted from, not of the shooting",
    ),
    (
        "The City Board of Canvassers proclaimed Teresita Dizon-Roque mayor-elect of Manila at 4:15am.",
        "Teresita Dizon-Roque was proclaimed the winner of Manila's mayoral race at around 5:30 on Tuesday morning.",
        True,
        "a possessive name ('Manila's') is the name",
    ),
]

PROBES += [
    (
        "The bus overturned shortly before 6:30 am local time (0930 GMT) close to the toll plaza north of Puno.",
        "The bus overturned at 7.05am local time on Friday close to the toll plaza north of Puno.",
        True,
        "shortly before, the other after it; its conversion in brackets; 'local time'; 'close to' no plan",
    ),
    (
        "The bus overturned shortly before 6:30 am local time (0930 GMT) close to the toll plaza north of Puno.",
        "The bus overturned at 6.10am local time on Friday close to the toll plaza north of Puno.",
        False,
        "shortly before, the other within the hour before it",
    ),
    (
        "The roof of the market hall gave way just after 4pm on Sunday, the fire service said.",
        "The roof of the market hall gave way at 3.50pm on Sunday, the fire service said.",
        True,
        "just after, the other before it",
    ),
    (
        "The tanker exploded at 22:47 GMT on the A1 motorway near Chernihiv.",
        "The tanker exploded at 00:47 local time on the A1 motorway near Chernihiv.",
        False,
        "a named zone against local time: not compared",
    ),
    (
        "Polls close at 8pm in the eastern district of the city.",
        "Polls close at 9pm in the eastern district of the city.",
        False,
        "'close at': a plan",
    ),
    (
        "The emergency service received the first call about the hotel fire at 02:21, officials said.",
        "The first emergency call about the hotel fire was logged at 2.31am, officials said.",
        True,
        "received and logged: one call",
    ),
    (
        "The emergency service received the first call about the hotel fire at 02:21, officials said.",
        "The first emergency call about the hotel fire was logged at 2.21am, officials said.",
        False,
        "received and logged: one call at one time",
    ),
]

KNOWN_MISSES = {
    "vigil vs silence held": "two ceremonies held for the same victims: the events' nouns are not compared",
    "landed two places": "a place named in another clause is taken for the landing's",
    "14.30 dotted 24h": "a dotted 24-hour time without am or pm is not read",
    "opened fire vs began": "different verbs for one moment are not matched",
    "kicked off": "a verb without -ed is not found",
}


@pytest.mark.parametrize(("a", "b", "flag", "label"), PROBES, ids=[p[3] for p in PROBES])
def test_time_of_day_probe(a: str, b: str, flag: bool, label: str) -> None:
    if label in KNOWN_MISSES:
        pytest.xfail(KNOWN_MISSES[label])
    comparison = compare_bodies(a, b)
    assert comparison.links, "the two sentences must link for the rule to be tried"
    found = [c.why for c in comparison.conflicts if "time of day" in c.why]
    assert bool(found) == flag, found
