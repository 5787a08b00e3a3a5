"""Reading: encodings, formats, refusals with one clear line, and boilerplate on pages nobody tuned on."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from engine import errors
from engine.claims import extract_claims
from engine.reading import decode, normalise, read_bytes, read_path, read_text, sniff_format
from engine.sources import load_source, source_from_text

PAGES = Path(__file__).resolve().parent.parent / "data" / "engine" / "pages"
BODY = "The mayor said “at least 15 buildings” were damaged on Friday, officials told reporters.\n"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (BODY.encode("utf-8"), BODY),
        (b"\xef\xbb\xbf" + BODY.encode("utf-8"), BODY),
        (b"\xff\xfe" + BODY.encode("utf-16-le"), BODY),
        (b"\xfe\xff" + BODY.encode("utf-16-be"), BODY),
        (BODY.encode("cp1252"), BODY),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "cp1252"],
)
def test_encodings(data: bytes, expected: str) -> None:
    assert decode(data) == expected


def test_damaged_utf8_keeps_the_rest() -> None:
    text = decode("Kyiv – “430 drones”".encode() + b"\xff" + " were launched.".encode())
    assert "430 drones" in text and "were launched" in text


@pytest.mark.parametrize(
    ("data", "word"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "zip"),
        (bytes(range(256)) * 4, "binary"),
    ],
)
def test_binary_refused(data: bytes, word: str) -> None:
    with pytest.raises(errors.SourceBinary) as caught:
        read_bytes(data, "report.txt")
    message = str(caught.value)
    assert message.startswith("report.txt: ") and word in message and "\n" not in message


def test_missing_directory_empty(tmp_path: Path) -> None:
    with pytest.raises(errors.SourceNotFound, match="nope.txt: no such file"):
        read_path(tmp_path / "nope.txt")
    with pytest.raises(errors.SourceUnreadable, match="directory"):
        read_path(tmp_path)
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n")
    with pytest.raises(errors.SourceEmpty, match="empty.txt: the file is empty"):
        read_path(empty)
    menu = tmp_path / "menu.txt"
    menu.write_text("Home\nNews\nSport\nSign in\n")
    with pytest.raises(errors.SourceNoSentences, match="menu.txt: no article sentences"):
        load_source(menu)


def test_control_characters_become_visible() -> None:
    text = normalise("Red \x1b[31malert\x1b[0m\x07 and\r overwrite\u202e evil\u200b.")
    assert "\x1b" not in text and "\x07" not in text and "\r" not in text
    assert "␛[31malert" in text and "␇" in text
    assert "\u202e" not in text and "\u200b" not in text


def test_sniffing() -> None:
    assert sniff_format("<!DOCTYPE html><html><body><p>Hi</p></body></html>", "page.txt") == "html"
    assert sniff_format("# Title\n\nSome **bold** text and a [link](http://x).\n\n- item\n", "draft") == "markdown"
    assert sniff_format("Plain words. More words.", "notes.txt") == "text"
    # standard input opening with a Markdown headline
    assert sniff_format("# Death toll rises\n\n*Staff*\n\nNineteen people died.\n", "-") == "markdown"
    assert sniff_format("#1 seed knocked out. The match ended late.\n", "-") == "text"


def test_markdown() -> None:
    doc = read_text(
        "# Quake kills 12\n\nAt least **12 people** were killed, [the agency](https://x.org) said on Monday.\n\n"
        "## Aftermath\n\nRescuers searched for `survivors` overnight in the rubble of the town.\n",
        "draft.md",
    )
    assert doc.title == "Quake kills 12"
    sentences = [doc.text[s:e] for s, e in doc.blocks]
    assert "At least 12 people were killed, the agency said on Monday." in sentences
    assert not any("Aftermath" in s for s in sentences)


CLIPPED = """---
title: "Storm leaves 30,000 without power"
source: "https://www.coastaltimes.example.com/news/2026/03/storm-power"
author:
  - "[[Maria Lopez]]"
  - "[[Tom Reed]]"
published: 2026-03-05
created: 2026-03-07
tags:
  - "clippings"
---

# Storm leaves 30,000 without power

About 30,000 homes lost power on Wednesday night as the storm hit the coast.

The utility said crews would work through the weekend to restore supply.
"""


@pytest.mark.parametrize("name", ["clip.md", "clip.txt", "-"])
def test_front_matter_is_metadata_not_text(name: str) -> None:
    """A clipped article's YAML front matter (as note-taking tools save it) names the headline, authors, date and
    the page it came from; none of its lines is a sentence, and the headline under it is not repeated as text."""
    doc = read_text(CLIPPED, name)
    sentences = [doc.text[s:e] for s, e in doc.blocks]
    assert sentences == [
        "About 30,000 homes lost power on Wednesday night as the storm hit the coast.",
        "The utility said crews would work through the weekend to restore supply.",
    ]
    assert (doc.title, doc.byline, doc.date) == (
        "Storm leaves 30,000 without power",
        "Maria Lopez, Tom Reed",
        "2026-03-05",
    )
    assert doc.outlet == "coastaltimes.example.com"  # no publication named: the address it was clipped from


def test_front_matter_toml_and_named_publication() -> None:
    doc = read_text(
        '+++\ntitle = "Quake hits coast"\ndate = 2026-01-02\npublisher = "Harbour Gazette"\n+++\n'
        "A strong earthquake struck the coast on Friday, officials said.\n",
        "quake.md",
    )
    assert (doc.title, doc.date, doc.outlet) == ("Quake hits coast", "2026-01-02", "Harbour Gazette")
    assert [doc.text[s:e] for s, e in doc.blocks] == ["A strong earthquake struck the coast on Friday, officials said."]


@pytest.mark.parametrize(
    "opening",
    ["# Clipped with a web clipper\n", "\n"],
    ids=["comment", "blank-line"],
)
def test_front_matter_may_open_with_a_comment_or_a_blank_line(opening: str) -> None:
    doc = read_text(
        f"---\n{opening}title: Ferry sinks off Lombok\nauthor: \"[[Ana Reyes]]\"\n---\n"
        "The ferry was carrying 180 passengers when it sank.\n",
        "clip.md",
    )
    assert (doc.title, doc.byline) == ("Ferry sinks off Lombok", "Ana Reyes")
    assert [doc.text[s:e] for s, e in doc.blocks] == ["The ferry was carrying 180 passengers when it sank."]


def test_a_page_title_with_the_outlets_name_gives_way_to_the_headline() -> None:
    doc = read_text(
        '---\ntitle: "Floods kill 12 in Kerala | The Hindu"\n---\n# Floods kill 12 in Kerala\n\n'
        "Floods in Kerala have killed 12 people, officials said.\n",
        "clip.md",
    )
    assert doc.title == "Floods kill 12 in Kerala"
    assert [doc.text[s:e] for s, e in doc.blocks] == ["Floods in Kerala have killed 12 people, officials said."]


@pytest.mark.parametrize(
    "text",
    [
        "---\nWASHINGTON: The president said on Monday that talks would resume.\n---\nOfficials gave no date.\n",
        "---\n\nA rule opens this draft, and the president said talks would resume.\n\n---\n\nNo date was set.\n",
    ],
    ids=["dateline-between-rules", "rules-around-prose"],
)
def test_rules_around_prose_are_not_front_matter(text: str) -> None:
    doc = read_text(text, "draft.md")
    sentences = [doc.text[s:e] for s, e in doc.blocks]
    assert any("talks would resume" in s for s in sentences)
    assert doc.title is None and doc.outlet is None


def test_html_drops_page_furniture() -> None:
    html = """<!doctype html><html><head><title>Fire hits depot | Daily Post</title>
    <meta property="og:site_name" content="Daily Post"><meta name="author" content="Jo Reed">
    <script>var x = "<p>Not text.</p>";</script><style>p{color:red}</style></head>
    <body><nav><a href="/">Home</a><a href="/news">News</a></nav>
    <div class="share-bar">Share on Facebook</div>
    <article><h1>Fire hits depot</h1><p>At least 15 buildings were damaged, the fire service said.</p>
    <p>Crews worked through the night to contain the blaze.</p>
    <aside class="related">Related: Another fire</aside></article>
    <section id="comments"><p>This is terrible, I hope everyone is okay.</p></section>
    <footer>© 2025 Daily Post. All rights reserved.</footer></body></html>"""
    source = source_from_text(html, "page.html")
    texts = [s.text for s in source.sentences]
    assert texts == [
        "At least 15 buildings were damaged, the fire service said.",
        "Crews worked through the night to contain the blaze.",
    ]
    assert source.title == "Fire hits depot"
    assert source.outlet == "Daily Post" and source.byline == "Jo Reed"


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        ("Fire hits depot | Daily Courier", "Daily Courier"),
        ("Fire hits depot - The Valley Times", "The Valley Times"),
        ("Fire hits depot", None),
        ("Fire hits depot | Latest news, sport and weather from across the whole region", None),  # no name
        ("Fire hits depot | Opinion", None),  # a section
        ("Fire hits depot | World news", None),
        ("Fire hits depot | Live updates", None),
        ("Fire hits depot | Jane Doe", None),  # an author
        ("Fire hits depot | National Transportation Safety Board", "National Transportation Safety Board"),
        ("Depot fire: crews - and residents - count the cost", None),  # a dash inside the headline
    ],
)
def test_an_html_pages_title_names_its_outlet_after_the_headline(title: str, outlet: str | None) -> None:
    headline = title.split(" | ")[0].split(" - The")[0]
    html = (
        f"<html><head><title>{title}</title></head><body><article><h1>{headline}</h1>"
        "<p>At least 15 buildings were damaged, the fire service said on Friday.</p>"
        "<p>Crews worked through the night to contain the blaze at the depot.</p></article></body></html>"
    )
    assert source_from_text(html, "page.html").outlet == outlet


@pytest.mark.parametrize(
    "after",
    [
        "By Jack Renshaw, Foreign Desk",
        "Published 21:15, 20 September 2025",
        "Share this article: Facebook | X | Email",
        "Editorial staff | Tuesday, updated 21:12",
    ],
)
def test_a_long_headline_over_a_byline_is_the_title(after: str) -> None:
    headline = "QUAKE HORROR: Brit hikers tell of terror as Morocco earthquake kills more than 1,000 in the night"
    body = (
        "British hikers have told of the moment a huge earthquake ripped through the mountains as families slept.\n\n"
        "The 6.9-magnitude quake turned whole villages to rubble in seconds, officials said on Saturday.\n"
    )
    doc = read_text(f"THE DAILY FLARE\n\n{headline}\n\n{after}\n\n{body}", "tabloid.txt")
    assert doc.title == headline
    assert [doc.text[s:e] for s, e in doc.blocks][0].startswith("British hikers")
    # Under a headline already found, a first paragraph that lost its stop stays body, unless it is the headline's
    # second line (a standfirst) over the byline.
    lost = "Rescuers worked through the night in the mountains as the death toll rose above one thousand people"
    doc = read_text(f"Quake kills more than 1,000 in Morocco\n\n{after}\n\n{lost}\n\n{body}", "tabloid.txt")
    assert doc.title == "Quake kills more than 1,000 in Morocco"
    assert [doc.text[s:e] for s, e in doc.blocks][0] == lost
    doc = read_text(f"Quake kills more than 1,000 in Morocco\n\n{lost}\n\n{after}\n\n{body}", "tabloid.txt")
    assert [doc.text[s:e] for s, e in doc.blocks][0].startswith("British hikers")


def test_a_headline_may_give_a_percentage_and_a_cookie_notice_is_not_the_body() -> None:
    page = (
        "EuroNet 24\n\nWe and our 212 partners use cookies and similar technologies to personalise content and ads.\n"
        "Accept all | Manage preferences\n\n"
        "Estmark Q2 growth revised up to 0.4%, consumers lead\n\n"
        "TALLMARK, Aug 29 (Meridian Press) - Estmark's economy grew 0.4% in the second quarter, the office said.\n\n"
        "The figure was revised up from a 0.3% flash estimate published last month.\n"
    )
    doc = read_text(page, "wire.txt")
    assert doc.title == "Estmark Q2 growth revised up to 0.4%, consumers lead"
    assert [doc.text[s:e] for s, e in doc.blocks][0].startswith("TALLMARK")


def test_a_section_headed_comment_from_and_a_long_sentence_with_share_are_article_text() -> None:
    body = [
        "Sakhile reported revenue of R142 billion for the year, up 7 per cent, the group said on Tuesday.",
        "Trading profit rose 11 per cent to R6.8 billion as the group held its prices down for shoppers.",
        "The group opened 74 stores and closed 19 during the year and now trades from 2,388 stores.",
        "The board declared a final dividend of 212 cents a share, bringing the total to 398 cents.",
        "Sakhile created 3,150 new jobs during the year and now employs 158,000 people in eight countries.",
        "The price represents a premium of 38.7 per cent to the Closing Price of 375 pence per Brackwater Share on 3 "
        "October 2025, being the last Business Day before the start of the offer period under the Code.",
    ]
    tail = [
        "## Comment from the Chief Executive",
        '"These results show that when we hold prices down for customers, they reward us," said Thandiwe Mokoena.',
        "The Group plans to open a further 80 stores in the 2027 financial year, the company said.",
    ]
    doc = read_text("# Sakhile results\n\n" + "\n\n".join(body + tail) + "\n", "release.md")
    blocks = [doc.text[s:e] for s, e in doc.blocks]
    assert blocks == body + tail[1:]


@pytest.mark.parametrize("heading", ["## Comments", "Comments"])
def test_a_press_releases_comments_are_its_officers_statements_and_readers_comments_end_the_article(
    heading: str,
) -> None:
    body = [
        "The board of Harlow Engineering has agreed the terms of a cash offer from Vantor Capital on Monday.",
        "Shareholders will receive 491 pence for each share, valuing the company at about 1.2 billion pounds.",
        "The offer is a premium of 31 per cent to the closing price on the last day before the offer period.",
        "Harlow employs 2,300 people at four sites in South Yorkshire and in Ohio, the company said.",
        "The directors intend to recommend unanimously that shareholders vote in favour of the scheme.",
        "The scheme is expected to become effective in the first quarter of 2026, subject to approvals.",
    ]
    statements = [
        'Commenting on the offer, Ruth Ellery, Chair of Harlow, said: "This offer recognises the quality of our '
        'people and delivers value to shareholders today."',
        'Daniel Okafor, Managing Partner of Vantor, said: "Harlow is an outstanding engineering business and we are '
        'proud to back its team."',
    ]
    release = read_text("# Harlow offer\n\n" + "\n\n".join([*body, heading, *statements]) + "\n", "release.md")
    assert [release.text[s:e] for s, e in release.blocks] == body + statements
    quoted_first = [
        '"We have not taken this decision lightly," said Harlow chief executive Ruth Ellery.',
        "The board will publish the scheme document within 28 days, the company said.",
    ]
    release = read_text("# Harlow offer\n\n" + "\n\n".join([*body, heading, *quoted_first]) + "\n", "release.md")
    assert [release.text[s:e] for s, e in release.blocks] == body + quoted_first
    readers = [
        "I have held these shares for ten years and this price is far too low for a business like this.",
        "Another sale of a good British firm to private equity, and the jobs will be the first thing to go.",
    ]
    page = read_text("# Harlow offer\n\n" + "\n\n".join([*body, heading, *readers]) + "\n", "page.md")
    assert [page.text[s:e] for s, e in page.blocks] == body


WRAPPED = """Kenya's geothermal push lifts power output to record

Kenya generated a record 1,012 megawatts of geothermal power in April, according
to figures from the energy regulator, putting the country among the world's top
five producers.

Geothermal now supplies about 45% of the country's electricity. The state-owned
generator, KenGen, said two new units at Olkaria would add 83MW by 2026.

"This is Kenya's competitive advantage," said Energy Cabinet Secretary Joseph
Mwangi at a briefing in Nairobi. "We would be foolish not to use it."

Power cuts remain common, however. The grid suffered a nationwide blackout on
Aug. 25 last year that lasted more than 12 hours, the regulator said.
"""


@pytest.mark.parametrize("name", ["article.txt", "article.md"])
def test_a_hard_wrapped_article_is_read_paragraph_by_paragraph(name: str) -> None:
    sentences = [sentence.text for sentence in source_from_text(WRAPPED, name, "s1").sentences]
    assert sentences == [
        "Kenya generated a record 1,012 megawatts of geothermal power in April, according to figures from the energy "
        "regulator, putting the country among the world's top five producers.",
        "Geothermal now supplies about 45% of the country's electricity.",
        "The state-owned generator, KenGen, said two new units at Olkaria would add 83MW by 2026.",
        '"This is Kenya\'s competitive advantage," said Energy Cabinet Secretary Joseph Mwangi at a briefing in '
        "Nairobi.",
        '"We would be foolish not to use it."',
        "Power cuts remain common, however.",
        "The grid suffered a nationwide blackout on Aug. 25 last year that lasted more than 12 hours, the regulator "
        "said.",
    ]


def test_a_heading_over_its_paragraph_is_not_joined_to_it() -> None:
    long_line = (
        "Environmental group Reef Watch Alliance says as much as 200,000 litres of fuel oil may have leaked, far more "
        "than the official figure given by the port authority on Tuesday."
    )
    text = (
        "Oil spill off Gladstone\n\nThe tanker ran aground on Monday night, the port authority said on Tuesday "
        "morning after a long night of work.\n\nEnvironmental group disputes official estimate\n" + long_line + "\n"
    )
    doc = read_text(text, "live.txt")
    assert "Environmental group disputes official estimate\n" in doc.text


@pytest.mark.parametrize("closing", ["## Forward-Looking Statements", "###", "Notes to editors", "-30-", "ENDS"])
def test_a_press_releases_closing_matter_is_not_article_text(closing: str) -> None:
    body = [
        "NORFOLK, Va., Feb. 6, 2025 -- Halvorsen Marine today opened its offshore wind components plant in Norfolk.",
        "The $180 million plant will make monopile foundations for turbines off the East Coast, the company said.",
        "The company has hired 210 workers so far and plans to reach 420 by the end of 2026, it said on Thursday.",
        "Starting wages average $31.50 per hour, according to the company, well above the regional average.",
        "Gov. Thomas Ellery said the investment showed the state's commitment to clean energy jobs.",
    ]
    about = [
        "## About Halvorsen Marine",
        "Halvorsen Marine is a leading supplier of steel structures and employs more than 3,000 people.",
    ]
    closing_matter = [
        closing,
        "This press release contains forward-looking statements. Actual results may differ materially.",
        "High-resolution images are available on request from the press office.",
    ]
    doc = read_text("# Halvorsen opens plant\n\n" + "\n\n".join(body + about + closing_matter) + "\n", "release.md")
    assert [doc.text[s:e] for s, e in doc.blocks] == body + about[1:]


@pytest.mark.parametrize(
    "caption",
    [
        "A tram car on display at a depot in Sheffield. Photograph: Tom Ashby/The Northern Ledger",
        "A tram car on display at a depot in Sheffield. Picture: Tom Ashby",
    ],
)
def test_a_caption_ending_in_its_photographer_is_not_article_text(caption: str) -> None:
    body = [
        "The council voted on Monday to extend the tram network to the north of the city.",
        "The plan was approved by 41 votes to 19 after a debate that lasted four hours.",
        "Work is due to start next spring and to finish by the end of 2028, the council said.",
    ]
    doc = read_text("Sheffield trams to run north\n\n" + "\n\n".join([body[0], caption, *body[1:]]) + "\n", "a.txt")
    assert [doc.text[s:e] for s, e in doc.blocks] == body


@pytest.mark.parametrize(
    ("line", "byline", "outlet"),
    [
        ("By Owen Pritchard | The Midlands Courier", "Owen Pritchard", "The Midlands Courier"),
        ("By Jo Whitlow, The Continental Wire", "Jo Whitlow", "The Continental Wire"),
        ("By Pieter van der Wal, 24 Jul 2024", "Pieter van der Wal", None),
        ("By Ann Lee, Health Editor", "Ann Lee, Health Editor", None),
        ("By Lucia Benet, Corvella Herald staff", "Lucia Benet, Corvella Herald staff", None),
        ("By Jane Doe, John Smith", "Jane Doe, John Smith", None),
    ],
)
def test_an_outlet_or_a_date_after_a_bylines_names_is_not_the_byline(
    line: str, byline: str, outlet: str | None
) -> None:
    body = (
        "The council voted on Monday to extend the tram network to the north of the city.\n\n"
        "The plan was approved by 41 votes to 19 after a debate that lasted four hours.\n\n"
        "Work is due to start next spring and to finish by 2028, the council said.\n"
    )
    doc = read_text("Council approves tram extension to the north\n\n" + line + "\n\n" + body, "a.txt")
    assert (doc.byline, doc.outlet) == (byline, outlet)


@pytest.mark.parametrize(
    ("lede", "outlet", "date"),
    [
        ("SANTIAGO, Oct 12 (Meridian News) - Chile's central bank cut its rate by 50 basis points on Tuesday.",
         "Meridian News", None),
        ("NORFOLK, Va., Feb. 6, 2025 /PRNewswire/ -- Halvorsen Marine today opened its offshore wind plant.",
         "PRNewswire", "Feb. 6, 2025"),
        ("WASHINGTON — Gen. Mark Ellis told senators on Tuesday that the plan would cost more.", None, None),
    ],
)
def test_a_wires_agency_and_date_are_read_from_its_dateline(lede: str, outlet: str | None, date: str | None) -> None:
    text = (
        "Headline about the news of the day here\n\n" + lede + "\n\nThe second paragraph says more about it, "
        "officials said.\n\nA third paragraph closes the story, the agency said.\n"
    )
    doc = read_text(text, "wire.txt")
    assert (doc.outlet, doc.date) == (outlet, date)
    assert doc.text[doc.blocks[0][0] : doc.blocks[0][1]] == lede  # the lede keeps its dateline


def test_a_pages_linked_data_gives_its_headline_author_date_and_publisher() -> None:
    body = "".join(
        f"<p>{sentence}</p>"
        for sentence in (
            "Cargo volumes at the Port of Rotterdam fell 3% in the first half of the year, the port authority said.",
            "Container throughput dropped to 6.5 million units as trade with Asia slowed, it said on Wednesday.",
            "The port expects volumes to recover in the second half as new shipping routes open.",
        )
    )
    page = (
        "<html><head><title>Port of Rotterdam volumes fall 3%</title>"
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", '
        '"headline": "Port of Rotterdam cargo volumes fall 3% in first half", "author": [{"@type": "Person", '
        '"name": "Pieter van der Wal"}], "datePublished": "2024-07-24T09:00:00Z", "publisher": {"@type": '
        '"Organization", "name": "Lowlands Business Journal"}}]}</script>'
        '<script type="application/ld+json">{not json</script>'
        f"</head><body><div class='story'>{body}</div></body></html>"
    )
    doc = read_text(page, "page.html")
    assert (doc.title, doc.byline, doc.date, doc.outlet) == (
        "Port of Rotterdam cargo volumes fall 3% in first half",
        "Pieter van der Wal",
        "2024-07-24T09:00:00Z",
        "Lowlands Business Journal",
    )
    assert len(doc.blocks) == 3


def test_a_broadcasters_caption_under_image_caption_is_no_headline_and_a_menu_item_no_byline() -> None:
    text = (
        "Home\nNews\nSport\nScotland\nScotland Politics\n\nFerry contract for Islay routes awarded to Polish yard\n\n"
        "14 January 2025\nShare\nAlasdair Macrae\nScotland transport correspondent\n\n"
        "Image source, Getty Images\nImage caption,\nThe MV Glen Sannox was delivered more than six years late\n\n"
        "Two new ferries for the Islay routes will be built in Gdansk, Poland, after a Scottish yard failed to bid.\n\n"
        "The contract, worth 115 million pounds, was awarded by ferry procurement body CMAL on Tuesday.\n\n"
        "The vessels are due to enter service in 2027, the agency said.\n"
    )
    doc = read_text(text, "page.txt")
    assert (doc.title, doc.byline) == ("Ferry contract for Islay routes awarded to Polish yard", "Alasdair Macrae")
    assert len(doc.blocks) == 3


def test_an_update_closed_by_its_end_mark_does_not_end_the_release_below_it() -> None:
    text = (
        "Police seek two men after Downtown shooting\n\n"
        "UPDATE: Police have arrested a 16-year-old in connection with the Downtown shooting on July 4, they said.\n\n"
        "###\n\nFOR IMMEDIATE RELEASE\n\n"
        "PITTSBURGH, PA - Police are looking for two young men in connection with a Downtown shooting on Tuesday.\n\n"
        "Four people were shot near the intersection of Liberty Avenue, the Bureau of Police said.\n\n"
        "An adult woman was shot in the head and is listed in critical but stable condition.\n\n"
        "The investigation is ongoing, police said.\n\n###\n"
    )
    blocks = [doc_text for doc_text in _blocks(read_text(text, "release.txt"))]
    assert "Four people were shot near the intersection of Liberty Avenue, the Bureau of Police said." in blocks
    assert "The investigation is ongoing, police said." in blocks


def test_a_paragraph_ending_in_a_link_to_photos_is_article_text_and_links_listed_as_items_are_not() -> None:
    paragraph = (
        "Surveillance cameras were inside the club at the time of the shooting, police said, and investigators are "
        "viewing the tapes. The club allows admission to anyone over the age of 18 on certain days, and is open until "
        "4 a.m. on Saturdays. Police said there were two shootings at the club in 2015. Photos: Mass shooting at the "
        "Cameo club"
    )
    text = (
        "Sixteen shot at Cincinnati nightclub\n\n"
        "Sixteen people were shot, one fatally, inside a Cincinnati nightclub on Sunday morning, police said.\n\n"
        f"{paragraph}\n\n"
        "► Related: Police link the Berrien County gunman to a second victim\n\n"
        "► Prosecutor: Berrien court shooter had a long record of violence\n\n"
        "• Rochelle Riley: Detroit does not need protests, it needs to protect its children\n\n"
        "Anyone with information is asked to contact Crime Stoppers, the police chief said.\n"
    )
    blocks = _blocks(read_text(text, "page.txt"))
    assert paragraph in blocks
    assert not any("Berrien" in block or "Rochelle" in block for block in blocks), blocks


def _blocks(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [doc.text[s:e] for s, e in doc.blocks]


def test_a_narrow_column_a_broken_word_and_a_quote_before_its_speaker_are_joined() -> None:
    text = (
        "Auckland power restored\n\n"
        "Power was restored to most of Auckland on\n"
        "Friday after a storm left 110,000 homes in\n"
        "the dark for up to 14 hours, Vector said.\n\n"
        "The company said its engineers had worked be-\n"
        "tween the storms to reach the worst sites.\n\n"
        '"We accept the findings in full,"\n'
        "the spokesperson added on Saturday night.\n"
    )
    sentences = [sentence.text for sentence in source_from_text(text, "column.txt", "s1").sentences]
    assert sentences == [
        "Power was restored to most of Auckland on Friday after a storm left 110,000 homes in the dark for up to 14 "
        "hours, Vector said.",
        "The company said its engineers had worked be-tween the storms to reach the worst sites.",
        '"We accept the findings in full," the spokesperson added on Saturday night.',
    ]


def test_notes_about_the_article_itself_and_furniture_run_into_it_are_not_its_text() -> None:
    text = (
        "Correction: An earlier version of this story misstated the number of flights cancelled. It was 412, not 512."
        "\n\nStorm grounds hundreds of flights across Amsterdam\n\nBy Pieter de Vries\n\n"
        "AMSTERDAM - The storm forced the cancellation of 412 flights at Schiphol Airport on Sunday, officials said."
        "\n\nKLM said about 48,000 passengers were affected. Advertisement Some travellers slept at the airport.\n\n"
        "Story continues below\n\nThe airline said the ﬁrst ﬂights would resume on Monday morning.\n\n"
        "This article was amended on 28 January 2025 to correct the number of flights.\n"
    )
    doc = read_text(text, "page.txt")
    assert doc.title == "Storm grounds hundreds of flights across Amsterdam"
    sentences = [sentence.text for sentence in source_from_text(text, "page.txt", "s1").sentences]
    assert sentences == [
        "AMSTERDAM - The storm forced the cancellation of 412 flights at Schiphol Airport on Sunday, officials said.",
        "KLM said about 48,000 passengers were affected.",
        "Some travellers slept at the airport.",
        "The airline said the first flights would resume on Monday morning.",
    ]


def test_a_head_left_open_and_a_live_blog_of_article_entries() -> None:
    paragraphs = [
        "Rain fell at a record rate of 180 millimetres an hour in Paiporta, the weather agency said.",
        "Emergency services rescued 120 people from cars and rooftops overnight, officials said.",
        "Three people have died, the regional government said on Wednesday morning.",
        "Schools across the province will stay closed on Thursday, the education ministry said.",
    ]
    open_head = (
        "<html><head><meta charset='utf-8'><title>Floods in Valencia</title><nav>Home News</nav>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
    )
    assert len(read_text(open_head, "page.html").blocks) == 4
    entries = "".join(
        f"<article><time>1{k}:00</time><p>{p}</p>" + ("<p>The agency posted a map of the rain.</p>" if k == 0 else "")
        + "</article>"
        for k, p in enumerate(paragraphs)
    )
    live = f"<html><body><h1>Spain floods live</h1><main>{entries}</main></body></html>"
    texts = [block for block in _blocks(read_text(live, "live.html"))]
    assert all(any(p in block for block in texts) for p in paragraphs), texts


def test_a_live_blogs_summary_above_its_entries_is_read() -> None:
    entries = "".join(
        f"<article class='post'><time>1{k}:00 BST</time><h3>Update {k}</h3><p>{p}</p><p>More reporting follows.</p>"
        "</article>"
        for k, p in enumerate(
            [
                "Rescue teams will suspend the search after dark, a coast guard official said.",
                "The district will give 20,000 taka to each bereaved family to cover burial costs.",
                "Nine survivors have been admitted to the district hospital, a doctor said.",
            ]
        )
    )
    summary = (
        "<section class='summary' aria-label='Summary'><h2>Summary</h2><ul>"
        "<li>At least 12 people have died after a crowded launch capsized on the river.</li>"
        "<li>More than 120 people have been rescued, officials say.</li></ul></section>"
    )
    feed = f"<div class='feed'>{entries}</div>"
    page = f"<html><body><main><h1>Launch capsizes: live</h1>{summary}{feed}</main></body></html>"
    text = read_text(page, "live.html").text
    assert "At least 12 people have died" in text and "More than 120 people have been rescued" in text, text
    assert "Nine survivors have been admitted" in text


def test_a_link_between_paragraphs_does_not_end_the_article() -> None:
    paragraphs = [
        "Carmen Aldous won the mayoral election in Port Meridian with 52 per cent of the vote on Sunday.",
        "She promised to build 5,000 affordable homes within her first term and to speed up the flood wall.",
        "Turnout was 61 per cent, up from 55 per cent at the last election four years ago, officials said.",
        "Her rival, Tom Okafor of the Progress Party, conceded shortly after midnight at his campaign office.",
        "Okafor said he would stay on the council and hold the new mayor to her promises on housing.",
        "Counting was delayed by two hours in the harbour ward after a ballot box was misplaced, officials said.",
        "Read more: Who is Carmen Aldous?",
        "The result is a blow to the Progress Party, which has run City Hall for most of two decades.",
        "Ms Aldous will take office next month, the city clerk said on Monday evening.",
        "Related stories",
        "Port Meridian council approves harbour budget after a long night of debate",
        "I voted for her and I hope she keeps her word on the homes, it has been too long.",
    ]
    doc = read_text("Aldous wins Port Meridian\n\n" + "\n\n".join(paragraphs) + "\n", "a.txt")
    blocks = [doc.text[s:e] for s, e in doc.blocks]
    assert blocks == paragraphs[:6] + paragraphs[7:9]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("The heavy rain has forced rescue teams to pause the search at the mine.", True),
        ("The search for survivors will resume next week, the fire service said.", True),
        ("Carmen Aldous is the next mayor of Port Meridian, and it wasn't especially close.", True),
        ("Maasmond Courant uses cookies and similar techniques. Read our cookie statement.", False),
        ("Share this article on Facebook or follow us for the latest updates.", False),
        ("Listen to this article", False),
        ("Police asked residents to share videos of the attack and to sign up for alerts on the city's website.", True),
        ("The company said it would share more details on Twitter and in a newsletter to investors next week.", True),
        ("Sign up for our newsletter to get the latest news from the region, the editors said.", False),
    ],
)
def test_a_news_sentence_may_name_a_search_or_a_home(line: str, kept: bool) -> None:
    body = (
        "Rescuers worked through the night at the mine site in the north of the region.\n\n"
        f"{line}\n\n"
        "The army said it would send more troops and two helicopters on Monday.\n"
    )
    doc = read_text("Landslide at jade mine\n\n" + body, "a.txt")
    assert (line in [doc.text[s:e] for s, e in doc.blocks]) is kept


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", normalise(text)).strip()


def _pages() -> list[Path]:
    return sorted(p for p in PAGES.iterdir() if not p.name.endswith(".json"))


@pytest.mark.parametrize("page", _pages(), ids=lambda p: p.name)
def test_page_body_kept_and_interface_dropped(page: Path) -> None:
    labels = json.loads(page.with_name(page.name.rsplit(".", 1)[0] + ".labels.json").read_text(encoding="utf-8"))
    source = load_source(page)
    sentences = [_norm(s.text) for s in source.sentences]
    body = " ".join(sentences)
    missing = [b for b in labels["body"] if _norm(b) not in body]
    leaked = [i for i in labels["interface"] if _norm(i) in sentences]
    assert missing == []
    # Every page has at most one interface line we keep as a sentence (a sponsor note written as prose).
    assert len(leaked) <= 1, leaked


def test_page_titles() -> None:
    right = 0
    pages = _pages()
    for page in pages:
        labels = json.loads(page.with_name(page.name.rsplit(".", 1)[0] + ".labels.json").read_text(encoding="utf-8"))
        right += load_source(page).title == labels.get("title")
    assert right >= 8, f"{right}/{len(pages)} titles"


def test_masthead_caption_and_byline_of_a_web_copy() -> None:
    doc = read_text(
        "Orlen Evening News\nHome | World | Sport\n\nFlood cuts off valley town as river breaks its banks\n\n"
        "[Photo: Volunteers fill sandbags in Orlen. Credit: Ana Pires/OEN]\nBy Jane Reed\nThursday 6 November\n\n"
        "The river rose above its banks on Wednesday night, flooding dozens of homes, officials said.\n",
        "copy.txt",
    )
    assert doc.outlet == "Orlen Evening News"
    assert doc.title == "Flood cuts off valley town as river breaks its banks"
    assert doc.byline == "Jane Reed"
    assert [doc.text[s:e] for s, e in doc.blocks] == [
        "The river rose above its banks on Wednesday night, flooding dozens of homes, officials said."
    ]


def test_a_headline_written_as_a_sentence_without_its_stop() -> None:
    doc = read_text(
        "At least 12 killed as pilgrim bus falls into gorge in India's Himalayas\n\n"
        "DEHRADUN, India, Sept 14 (GNS) - At least 12 people were killed on Sunday when a bus plunged into a gorge.\n\n"
        "The bus was taking pilgrims to the Badrinath temple, police said.\n",
        "wire.txt",
    )
    assert doc.title == "At least 12 killed as pilgrim bus falls into gorge in India's Himalayas"
    assert doc.text[doc.blocks[0][0] : doc.blocks[0][1]].startswith("DEHRADUN")
    # Not a lead under a markup headline, a line wrapped inside its paragraph, a list item, or a lead under a byline
    for text, name in (
        (
            "<h1>Mayor quits after 18 years</h1><p>The mayor told 200 residents at the town hall on Monday: \"I will "
            "not stand again after 18 years in the job.\"</p><p>He has led the council since 2006.</p>",
            "a.html",
        ),
        ("# Bus plunges into gorge\n\nAt least 12 people were killed when the bus fell into a gorge\n\nRescuers "
         "worked through the night, police said.\n", "b.md"),
        ("At least 12 people were killed on Sunday when a bus carrying\npilgrims fell into a deep gorge, police said."
         "\n\nRescuers worked all night.\n", "c.txt"),
        ("- At least 12 people were killed when the bus fell into the gorge on Sunday\n\nRescuers worked through "
         "the night to reach the wreck of the bus.\n", "d.txt"),
        ("By Jane Doe\n\nAt least 12 people were killed on Sunday when a bus fell into a gorge in the hills\n\n"
         "Rescuers worked through the night, police said.\n", "e.txt"),
    ):
        kept = read_text(text, name)
        first = kept.text[kept.blocks[0][0] : kept.blocks[0][1]]
        assert first.startswith(("The mayor told 200", "At least 12", "- At least 12")), (name, first)
        assert kept.title is None or "killed" not in kept.title, (name, kept.title)
    # A body whose first paragraph ends with its stop keeps it
    body = read_text("Two people died in a fire in Leeds on Sunday.\n\nFire crews were called at 2am.\n", "b.txt")
    assert body.title is None and len(body.blocks) == 2


def test_an_article_pasted_as_one_line_is_kept() -> None:
    # A long paragraph mentions homes, shares, videos and closures in passing; it is no page interface.
    line = (
        "Flood water reached the first floor of more than 200 homes in the town on Sunday, the council said. "
        "Shares in the water company fell 4% after the mayor shared a video of sewage in the high street. "
        "Schools will close on Monday and the main road remains closed. Residents were told to follow the advice "
        "of the emergency services and to watch for further warnings. The next update is expected at noon."
    )
    source = source_from_text("Town floods\n\n" + line, "pasted.txt")
    assert len(source.sentences) == 5


def test_a_short_paragraph_that_counts_is_kept() -> None:
    text = (
        "Bill passes\n\nThe National Assembly approved the bill on Thursday, voting 184 to 97.\n\n"
        "Two members abstained.\n\nRead more.\n\nThe result was announced at 1547 GMT.\n"
    )
    sentences = [s.text for s in source_from_text(text, "wire.txt").sentences]
    assert "Two members abstained." in sentences
    assert "Read more." not in sentences


def test_a_short_paragraph_that_counts_no_one_is_kept() -> None:
    text = (
        "Trains collide\n\nSixty-four victims were rushed to hospitals in the city on Monday.\n\n"
        "Miraculously, nobody died.\n\nRead more.\n\nThe motorman has been suspended, the operator said.\n"
    )
    sentences = [s.text for s in source_from_text(text, "wire.txt").sentences]
    assert "Miraculously, nobody died." in sentences
    assert "Read more." not in sentences


def test_a_list_item_beside_items_that_state_figures_is_kept() -> None:
    text = (
        "Proposal\n\nThe company has received a proposal at A$4.85 a share.\n\n"
        "- The Offer Price represents a premium of:\n"
        "  - 38.2% to the closing share price of A$3.51 on 10 March 2025; and\n"
        "  - 47.0% to the 30-day average price of A$3.30 up to 10 March 2025.\n"
        "- The board intends to recommend the proposal.\n"
    )
    sentences = [s.text for s in source_from_text(text, "release.md").sentences]
    assert any(s.startswith("38.2% to the closing share price") for s in sentences), sentences


def test_a_short_line_of_page_interface_is_still_dropped() -> None:
    text = "Town floods\n\nShare this article on Facebook or email a link.\n\n" + "Flood water reached 200 homes. " * 3
    source = source_from_text(text, "page.txt")
    assert all("Facebook" not in s.text for s in source.sentences)


def test_a_press_release_handling_note_is_no_headline() -> None:
    doc = read_text(
        "Orlen Water | Media release\nQuarterly supply report - October 2025\n"
        "Embargoed until 12.01am, Monday 3 November 2025\n\n"
        "The utility supplied 41 million litres a day in October, up 2 per cent on September.\n",
        "release.txt",
    )
    assert doc.title == "Quarterly supply report - October 2025"


@pytest.mark.parametrize(
    ("head", "date"),
    [
        ("Kestrel results for the first quarter\n\nDublin, 29 April 2025\n\n", "29 April 2025"),
        ("Kestrel cuts 900 jobs after loss\n\nBy Conor Whelan | Liffey | 29 April 2025, 17:48\n\n", "29 April 2025"),
        ("Kestrel results for the first quarter\nIssued Tuesday, April 29, 2025\n\n", "Tuesday, April 29, 2025"),
        ("Kestrel results for the first quarter\nLast updated: 2025-04-29\n\n", "2025-04-29"),
        ("Kestrel results for the first quarter\nPublished 10:42 AM EST, Tue April 29, 2025\n\n",
         "10:42 AM EST, Tue April 29, 2025"),
        ("Kestrel results for the first quarter\n16:42, 29 April 2025 | Updated: 19:05, 29 April 2025\n\n",
         "16:42, 29 April 2025"),
        ("Kestrel results for the first quarter\nUpdated 3 hours ago\n\nPosted at 15:32\n\n", None),
        ("Kestrel results for the first quarter\n10:42 GMT 29.04.2025\n\n", "10:42 GMT 29.04.2025"),
        ("Kestrel results for the first quarter\nUpdated 3 hours ago\n\n29 April 2025, 17:48 BST\n\n",
         "29 April 2025, 17:48 BST"),
    ],
)
def test_the_date_of_a_dateline_or_a_byline(head: str, date: str | None) -> None:
    """The story's day as written; a time alone or \"3 hours ago\" is no date once the page is saved."""
    body = (
        "The airline reported an operating loss of 214 million euros for the first quarter, it said on Tuesday.\n\n"
        "Revenue for the three months to 31 March rose 6 per cent to 1.19 billion euros.\n\n"
        "The group carried 11.4 million passengers in the quarter, 4 per cent more than a year earlier.\n"
    )
    doc = read_text(head + body, "release.txt")
    assert (doc.title, doc.date) == (head.split("\n")[0], date)
    assert len(doc.blocks) == 3


@pytest.mark.parametrize(
    ("head", "outlet", "byline"),
    [
        ("By Jane Doe, Reuters\n", "Reuters", "Jane Doe"),
        ("Associated Press\n", "Associated Press", None),
        ("By Jane Doe | Bloomberg\n", "Bloomberg", "Jane Doe"),
        ("By Jane Doe | Tuesday, updated 21:12\n", None, "Jane Doe"),
        ("By Jane Doe 29/04/2025 10:42\n", None, "Jane Doe"),
        ("By Jane Doe, Staff Writer\n", None, "Jane Doe, Staff Writer"),
        ("Reuters\n", "Reuters", None),
        ("AFP\n", "AFP", None),
    ],
)
def test_a_news_agency_in_the_byline_is_the_outlet(head: str, outlet: str | None, byline: str | None) -> None:
    body = (
        "The airline reported an operating loss of 214 million euros for the first quarter, it said on Tuesday.\n\n"
        "Revenue for the three months to 31 March rose 6 per cent to 1.19 billion euros.\n\n"
        "The group carried 11.4 million passengers in the quarter, 4 per cent more than a year earlier.\n"
    )
    doc = read_text("Kestrel results for the first quarter\n\n" + head + "\n" + body, "wire.txt")
    assert (doc.outlet, doc.byline) == (outlet, byline)
    assert len(doc.blocks) == 3


def test_a_headline_about_an_embargo_and_a_standfirst_with_an_old_date() -> None:
    body = (
        "The ban took effect at midnight, officials said on Monday.\n\n"
        "Imports had already fallen by 40 per cent since the spring.\n\n"
        "Traders said prices rose 3 per cent in early trading.\n"
    )
    doc = read_text("Embargo on Russian oil imports takes effect across the EU\n\n" + body, "a.txt")
    assert doc.title == "Embargo on Russian oil imports takes effect across the EU"
    doc = read_text("Inquiry publishes its final report\nThe fire of 14 June 2017, seven years on\n\n" + body, "b.txt")
    assert doc.date is None


@pytest.mark.parametrize(("name", "bullet"), [("blog.md", "-"), ("blog.txt", "-"), ("blog.txt", "•")])
def test_key_points_without_stops_are_article_text_and_lists_of_other_stories_are_not(name: str, bullet: str) -> None:
    text = (
        "# Ferry capsizes off Lamu\n\n"
        "A ferry capsized off Lamu on Tuesday, killing at least 12 people, police said.\n\n"
        "Key points:\n\n"
        f"{bullet} 14 remain missing\n"
        f"{bullet} Talks on compensation are due to resume on Thursday\n"
        f"{bullet} Follow us on social media for updates\n"
        f"{bullet} World\n\n"
        "## 2. The search\n\n"
        "Divers searched the wreck overnight and found two more bodies in the hold, the coastguard said.\n\n"
        "DON'T MISS\n"
        "- Holiday chaos as flights cancelled across the region\n"
        "- Mum's fury at the price of airport parking\n\n"
        "The county governor said an inquiry would begin on Friday.\n"
    )
    doc = read_text(text, name)
    blocks = [doc.text[s:e].lstrip("-• ") for s, e in doc.blocks]
    assert "14 remain missing" in blocks
    assert "Talks on compensation are due to resume on Thursday" in blocks
    assert "The county governor said an inquiry would begin on Friday." in blocks
    for dropped in ("Follow us", "World", "The search", "Holiday chaos", "airport parking"):
        assert not any(dropped in b for b in blocks), dropped


@pytest.mark.parametrize("name", ["page.txt", "page.md"])
def test_a_standfirst_between_the_headline_and_the_byline_is_not_the_body(name: str) -> None:
    headline = "# INFERNO: Families flee as killer wildfire tears through Chilean hills" if name.endswith(".md") else (
        "INFERNO: Families flee as killer wildfire tears through Chilean hills"
    )
    doc = read_text(
        f"{headline}\n\n"
        "Four dead and 120 homes gutted as 'fire tornado' sweeps down on towns near Valparaíso\n\n"
        "By Gemma Harte, World News Reporter\n"
        "Published 15 January, 17:42\n\n"
        "FOUR people are dead and thousands more have fled after a monster wildfire ripped through hillside towns.\n\n"
        "The blaze erupted on Tuesday in a eucalyptus forest outside Quilpué, a city near the port of Valparaíso.\n",
        name,
    )
    blocks = [doc.text[s:e] for s, e in doc.blocks]
    assert blocks[0].startswith("FOUR people are dead") and len(blocks) == 2, blocks
    assert doc.byline == "Gemma Harte, World News Reporter"


def test_a_lede_that_lost_its_stop_over_a_byline_stays_when_it_opens_with_its_dateline() -> None:
    doc = read_text(
        "Wildfire kills four in Chile\n\n"
        "SANTIAGO (Reuters) - Four people were killed when a wildfire swept through towns near Valparaíso on Tuesday, "
        "officials said\n\nBy Maria Lopez\nJanuary 16, 2024\n\nThe fire destroyed 120 homes, officials said.\n",
        "a.txt",
    )
    assert [doc.text[s:e] for s, e in doc.blocks][0].startswith("SANTIAGO (Reuters) - Four people were killed")


@pytest.mark.parametrize("head", ["", "Further reading\n\n", "Elsewhere\n\n"])
def test_a_list_of_other_stories_after_the_last_paragraph_is_not_article_text(head: str) -> None:
    doc = read_text(
        "# Stabbing in the city centre\n\nTwo men were hurt in a stabbing in the city centre on Friday, police said."
        "\n\n"
        f"Police are appealing for witnesses.\n\n{head}"
        "- Man arrested after stabbing in city centre leaves two injured\n"
        "- Council approves new budget for the coming year after a long debate\n",
        "a.md",
    )
    assert len(doc.blocks) == 2


def test_a_menu_laid_out_with_spaces_is_no_headline_and_a_headline_with_its_standfirst_over_a_byline_is() -> None:
    doc = read_text(
        "Markets   Shipping   Commodities   Ports   Opinion   Podcasts   Events\n\n"
        "Santos is paying the price for a decade of ducking the automation question\n\n"
        "The dock strike is about robots, not reais, and Brasília should stop pretending otherwise\n\n"
        "Camila Rezende\nTue 13 May 2025 07:15 BRT\n\n"
        "The strike that shut most of the port of Santos on Monday was not really about pay.\n\n"
        "Yes, the union wants a 12 per cent rise.\n",
        "column.txt",
    )
    assert doc.title == "Santos is paying the price for a decade of ducking the automation question"
    assert [doc.text[s:e] for s, e in doc.blocks][0].startswith("The strike that shut")


@pytest.mark.parametrize("writer", ["Staff Reporter", "Harriet Moss, Industry Editor"])
def test_a_headline_over_a_byline_without_by(writer: str) -> None:
    doc = read_text(
        "Sindh\n\nRain toll in Sindh climbs to 112 as Indus swells at Guddu\n\n"
        f"{writer}\nPublished July 24 | Updated 09:40pm\n\n"
        "KARACHI: Torrential monsoon rains have claimed 112 lives across Sindh since June 26, officials said.\n",
        "daily.txt",
    )
    assert doc.title == "Rain toll in Sindh climbs to 112 as Indus swells at Guddu"
    assert len(doc.blocks) == 1


def test_links_to_other_stories_captions_end_marks_and_where_to_write_are_not_article_text() -> None:
    body = "The storm cut power to 780,000 customers on Tuesday, the utility said."
    doc = read_text(
        "# Storm cuts power\n\n"
        f"{body}\n\n"
        "Related: How Louisiana's levees have changed since Katrina · What to know about flood insurance\n\n"
        "More from Markets: ASX closes higher as miners rally | Why insurers are rethinking cyber cover\n\n"
        "Image caption, A fallen tree blocks the A487 near Aberaeron on Saturday morning\n\n"
        "CHANGES WITH THIS ADVISORY:\n\n"
        "Crews worked through the night to restore power, the utility said. Enditem\n\n"
        "*KNB World is following this story. Send tips to live@knbworld.example*\n",
        "page.md",
    )
    from engine.sentences import split_sentences

    sentences = [doc.text[s:e] for s, e in split_sentences(doc.text, doc.blocks)]
    assert sentences == [
        body,
        "Crews worked through the night to restore power, the utility said.",
        "KNB World is following this story.",
    ]


@pytest.mark.parametrize("tail", ["", "\nThe new parliament meets on 3 November.\n"])
def test_figures_listed_under_a_sentence_ending_in_a_colon_are_article_text(tail: str) -> None:
    doc = read_text(
        "# Latvia votes\n\n**02:10** The election commission has published its count. Seats are as follows:\n\n"
        "- Daugava Union — 24.6%, 27 seats\n- Social Progress — 17.3%, 19 seats\n- Renewal — 10.2%, 11 seats\n" + tail,
        "blog.md",
    )
    blocks = [doc.text[s:e] for s, e in doc.blocks]
    assert [b for b in blocks if b.endswith(" seats")] == [
        "- Daugava Union — 24.6%, 27 seats",
        "- Social Progress — 17.3%, 19 seats",
        "- Renewal — 10.2%, 11 seats",
    ], blocks


@pytest.mark.parametrize("head", ["You might also like these stories:", "Read more from our politics team:"])
def test_figures_listed_under_a_line_about_the_page_are_not_article_text(head: str) -> None:
    doc = read_text(
        "# Latvia votes\n\nThe election commission has published its count on Sunday morning.\n\n"
        f"{head}\n\n- 10 things to know about the 2026 vote\n- 5 charts that explain the result\n",
        "blog.md",
    )
    assert not any("things to know" in doc.text[s:e] or "charts" in doc.text[s:e] for s, e in doc.blocks)


def _sentences(doc: object) -> list[str]:
    return [doc.text[s:e] for s, e in doc.blocks]  # type: ignore[attr-defined]


def test_a_table_of_figures_in_a_page_is_read_row_by_row() -> None:
    doc = read_text(
        "<html><body><article><h1>Storm toll rises</h1><p>The civil protection agency released its figures by "
        "district on Tuesday morning.</p><table><thead><tr><th>District</th><th>Deaths</th><th>Injured</th></tr>"
        "</thead><tbody><tr><td>Norte</td><td>12</td><td>40</td></tr><tr><td>Sur</td><td>3</td><td>—</td></tr>"
        "</tbody></table><p>More rain is expected on Wednesday, forecasters said.</p></article></body></html>",
        "page.html",
    )
    assert _sentences(doc) == [
        "The civil protection agency released its figures by district on Tuesday morning.",
        "Norte: 12 deaths, 40 injured.",
        "Sur: 3 deaths.",
        "More rain is expected on Wednesday, forecasters said.",
    ]


def test_a_first_row_of_names_heads_a_table_without_header_cells() -> None:
    doc = read_text(
        "<html><body><article><h1>Results</h1><p>The election commission published the final count on Sunday "
        "evening.</p><table><tr><td><b>Party</b></td><td><b>Seats</b></td></tr><tr><td>Daugava Union</td>"
        "<td>27</td></tr><tr><td>Renewal</td><td>11</td></tr></table></article></body></html>",
        "page.html",
    )
    assert _sentences(doc)[1:] == ["Daugava Union: 27 seats.", "Renewal: 11 seats."]


def test_a_page_laid_out_in_a_table_is_read_as_its_paragraphs() -> None:
    doc = read_text(
        "<html><body><table><tr><td>The storm made landfall late on Monday near the port, bringing winds of "
        "180 km/h and heavy rain to the whole coast.</td></tr><tr><td>Crews worked through the night to clear "
        "the roads, the regional governor said on Tuesday.</td></tr></table></body></html>",
        "page.html",
    )
    assert _sentences(doc) == [
        "The storm made landfall late on Monday near the port, bringing winds of 180 km/h and heavy rain to the "
        "whole coast.",
        "Crews worked through the night to clear the roads, the regional governor said on Tuesday.",
    ]


def test_a_markdown_table_of_figures_is_read_row_by_row() -> None:
    doc = read_text(
        "# Results\n\nThe commission published final results on Sunday.\n\n"
        "| Party | Share of vote | Seats |\n|---|---:|---:|\n| Daugava Union | 24.6% | 27 |\n"
        "| Social Progress | 17.3% | 19 |\n\nTurnout was 58.4 percent, the commission said.\n",
        "results.md",
    )
    assert _sentences(doc) == [
        "The commission published final results on Sunday.",
        "Daugava Union: 24.6% share of vote, 27 seats.",
        "Social Progress: 17.3% share of vote, 19 seats.",
        "Turnout was 58.4 percent, the commission said.",
    ]


def test_a_columns_unit_in_brackets_is_written_with_each_figure() -> None:
    doc = read_text(
        "# Results\n\nThe commission published final results on Sunday.\n\n"
        "| Party | Seats won | Vote share (%) | Spending (€m) | Rainfall (mm) | Seats (provisional) |\n"
        "|---|---|---|---|---|---|\n| Daugava Union | 27 | 24.62 | 1.5 | 48 | 3 |\n",
        "results.md",
    )
    assert _sentences(doc)[1:] == [
        "Daugava Union: 27 seats won, 24.62% vote share, €1.5m spending, 48 mm rainfall, 3 (Seats (provisional))."
    ]
    row = _sentences(doc)[1]
    share = next(claim for claim in extract_claims(row, "t.1") if claim.text.startswith("24.62"))
    assert (share.kind.value, share.quantity.unit) == ("percent", "%")


def test_a_column_named_with_punctuation_is_named_in_brackets() -> None:
    doc = read_text(
        "# Prices\n\nThe statistics office published its flash estimate on Monday morning.\n\n"
        "| Category | March, y/y | March, m/m |\n|---|---|---|\n| Fuels | -2.4% | 1.6% |\n| Food | 6.1% | 0.4% |\n",
        "release.md",
    )
    assert _sentences(doc)[1:] == [
        "Fuels: -2.4% (March, y/y), 1.6% (March, m/m).",
        "Food: 6.1% (March, y/y), 0.4% (March, m/m).",
    ]


@pytest.mark.parametrize("heading", ["## Key figures (provisional)", "## Facts and figures", "## In numbers"])
def test_items_under_a_key_figures_heading_are_article_text(heading: str) -> None:
    doc = read_text(
        "# Fire season report\n\nThe fire service published its report for the season on Monday.\n\n"
        f"{heading}\n\n- Total area burned: 44,210 hectares\n- Firefighters injured: 112\n\n"
        "The figures may be revised, the service said.\n",
        "release.md",
    )
    assert "- Total area burned: 44,210 hectares" in _sentences(doc)
    assert "- Firefighters injured: 112" in _sentences(doc)


def test_a_list_of_named_figures_under_a_plain_heading_is_article_text() -> None:
    doc = read_text(
        "Airport statement\n\nThe airport remains closed because of volcanic ash, the operator said on Tuesday.\n\n"
        "SITUATION AT 11:00\n\n- Flights cancelled: 112 (58 departures, 54 arrivals)\n- Flights diverted: 14\n"
        "- Passengers affected: about 16,000\n\nFree shuttle buses are running to Palermo for rebooked passengers.\n",
        "statement.txt",
    )
    sentences = _sentences(doc)
    assert "- Flights cancelled: 112 (58 departures, 54 arrivals)" in sentences
    assert "- Passengers affected: about 16,000" in sentences


def test_a_situation_reports_toll_under_one_word_is_article_text() -> None:
    doc = read_text(
        "Situation report 4\n\nA strong earthquake struck the western hills at 21:47 local time on Tuesday.\n\n"
        "## Human impact\n\n- Deaths: 31 (Dhara 24, Kolt 7)\n- Injured: 140\n- Missing: 6 (Dhara)\n\n"
        "The figures are subject to verification.\n",
        "sitrep.md",
    )
    sentences = _sentences(doc)
    assert "- Deaths: 31 (Dhara 24, Kolt 7)" in sentences
    assert "- Missing: 6 (Dhara)" in sentences


def test_a_list_of_candidates_results_is_article_text() -> None:
    doc = read_text(
        "By-election live\n\n### 03:40 - RESULT\n\nThe returning officer declared the result at 3.35am.\n\n"
        "- Ada Morrow (Labour) 15,102\n- Ben Tulloch (Reform UK) 13,950\n- Carys Pell (Conservative) 5,811\n"
        "- Dev Sandhu (Green) 1,644\n\nLabour hold the seat with a majority of 1,152.\n",
        "live.md",
    )
    sentences = _sentences(doc)
    assert "- Ada Morrow (Labour) 15,102" in sentences
    assert "- Dev Sandhu (Green) 1,644" in sentences


def test_a_list_of_seats_won_is_article_text() -> None:
    doc = read_text(
        "City council results\n\nSix of the 10 district races were decided on Saturday, the elections office said.\n\n"
        "- District 1: Adrian Solis (incumbent), 58.02%, elected\n- District 3: Maria Gutierrez, 52.47%, elected\n"
        "- District 8: Rosalind Okafor (incumbent), 71.34%, elected\n\nRunoffs will be held in four districts.\n",
        "release.md",
    )
    sentences = _sentences(doc)
    assert "- District 1: Adrian Solis (incumbent), 58.02%, elected" in sentences
    assert "- District 8: Rosalind Okafor (incumbent), 71.34%, elected" in sentences


def test_an_item_named_by_one_word_in_a_status_list_is_article_text() -> None:
    doc = read_text(
        "Situation report\n\nA tornado struck Kosciusko on Saturday night, the weather service said.\n\n"
        "Preliminary survey findings (subject to revision):\n\n- Rating: EF-3 (preliminary)\n"
        "- Estimated peak winds: 150 mph\n- Path length: 38.0 miles\n\nMore survey teams will go out on Monday.\n",
        "sitrep.md",
    )
    sentences = _sentences(doc)
    assert "- Rating: EF-3 (preliminary)" in sentences
    assert "- Estimated peak winds: 150 mph" in sentences


def test_a_list_of_page_counters_is_not_article_text() -> None:
    doc = read_text(
        "Storm closes airport\n\nThe airport remains closed because of the storm, the operator said on Tuesday.\n\n"
        "- Comments: 12\n- Shares: 340\n",
        "page.txt",
    )
    assert not any("Comments" in s or "Shares" in s for s in _sentences(doc))


def test_a_table_row_gives_its_figures_with_units_and_its_other_cells_in_brackets() -> None:
    doc = read_text(
        "# Verdicts\n\nThe anti-corruption court handed down its verdicts on Thursday afternoon.\n\n"
        "| Defendant | Position | Prison sentence | Fine |\n|---|---|---|---|\n"
        "| Rudy Halim | President Director | 4 years 6 months | Rp300 million (or 3 months' detention) |\n",
        "release.md",
    )
    assert _sentences(doc)[1] == (
        "Rudy Halim (President Director): 4 years 6 months prison sentence, "
        "Rp300 million (or 3 months' detention) fine."
    )


def test_a_table_inside_a_cell_joins_the_cell_text() -> None:
    doc = read_text(
        "<html><body><article><h1>Toll by district</h1><p>The agency released the figures by district on Tuesday "
        "morning, officials said.</p><table><tr><th>District</th><th>Deaths</th></tr><tr><td>Norte <table><tr><td>"
        "coast</td></tr></table></td><td>12</td></tr><tr><td>Sur</td><td>3</td></tr></table></article></body></html>",
        "page.html",
    )
    assert _sentences(doc)[1:] == ["Norte coast: 12 deaths.", "Sur: 3 deaths."]


def test_a_byline_with_a_long_number_is_read_at_once() -> None:
    # a long run of digits after a byline's comma once sent the date-only pattern into endless backtracking
    text = "By J. Smith, " + "1" * 300 + " x\n\nTen students marched on Friday, the police said.\n"
    source = source_from_text(text, "a.txt")
    assert source.sentences[-1].text == "Ten students marched on Friday, the police said."


def test_a_live_blogs_sign_off_keeps_the_fact_it_carries() -> None:
    text = (
        "Capsize off Nouadhibou: live\n\n"
        "A pirogue carrying migrants overturned off Nouadhibou before dawn, the coastguard said.\n\n"
        "That is where we will pause our live coverage for tonight. Mauritanian officials say the search will start "
        "again at dawn on Wednesday, and a Spanish aircraft is expected to rejoin it. Thank you for following.\n\n"
        "Sign up for our newsletter. Share this article with your friends.\n"
    )
    sentences = [s.text for s in source_from_text(text, "blog.txt", "s1").sentences]
    assert any(s.startswith("Mauritanian officials say the search will start again") for s in sentences)
    assert not any("newsletter" in s for s in sentences)


def test_a_sentence_with_a_figure_that_talks_to_the_reader_as_a_column_is_kept() -> None:
    text = (
        "Rates on hold\n\nThe ringgit also had a strong year, gaining more than 6 per cent against the greenback.\n\n"
        "BNM kept the Overnight Policy Rate at 2.75 per cent, so don't expect your home loan repayments to change any"
        " time soon.\n\nSign up to our newsletter for your daily news at home.\n"
    )
    sentences = [s.text for s in source_from_text(text, "column.txt").sentences]
    assert any(s.startswith("BNM kept the Overnight Policy Rate") for s in sentences), sentences
    assert all("newsletter" not in s for s in sentences), sentences
