"""Date parsing for the metadata pass (`newsparse.metadata.dates`)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.metadata.dates import dateline_date, find_date, parse_date


def test_date_only_is_naive_midnight() -> None:
    """A date without a time gives a naive datetime at midnight."""
    assert parse_date("2020-10-12") == datetime(2020, 10, 12)


def test_z_suffix_gives_utc() -> None:
    """A trailing Z makes the result aware, in UTC."""
    assert parse_date("2020-10-12T10:00:00Z") == datetime(2020, 10, 12, 10, tzinfo=timezone.utc)


@pytest.mark.parametrize("text", ["2020-10-12T10:00:00+0200", "2020-10-12T10:00:00+02:00"])
def test_numeric_offset_with_or_without_colon(text: str) -> None:
    """Offsets are read as +0200 and as +02:00."""
    assert parse_date(text) == datetime(2020, 10, 12, 10, tzinfo=timezone(timedelta(hours=2)))


def test_space_separator_and_fraction() -> None:
    """A space instead of T and fractional seconds are accepted."""
    assert parse_date("2020-10-12 10:00:00.250") == datetime(2020, 10, 12, 10, 0, 0, 250000)


def test_time_without_zone_is_naive() -> None:
    """No zone in the string means a naive result."""
    parsed = parse_date("2020-10-12T10:00:00")
    assert parsed is not None
    assert parsed.tzinfo is None


def test_rfc_2822_date() -> None:
    """An RFC 2822 date with GMT is parsed as UTC."""
    assert parse_date("Tue, 01 Nov 2016 10:00:00 GMT") == datetime(
        2016, 11, 1, 10, tzinfo=timezone.utc
    )


def test_epoch_milliseconds() -> None:
    """Thirteen digits are read as epoch milliseconds."""
    assert parse_date("1478000000000") == datetime(2016, 11, 1, 11, 33, 20, tzinfo=timezone.utc)


@pytest.mark.parametrize("text", ["1970-01-01", "1899-05-05T10:00:00Z", "2999-01-01"])
def test_absurd_years_are_rejected(text: str) -> None:
    """Years before 1990 or far in the future give None."""
    assert parse_date(text) is None


@pytest.mark.parametrize("text", ["", "soon", "2020-13-45", "32.13.2020"])
def test_garbage_gives_none(text: str) -> None:
    """Unreadable or impossible dates give None."""
    assert parse_date(text) is None


def test_find_date_in_german_text() -> None:
    """find_date reads "25. April 2024" inside a sentence, with the time after it."""
    found = find_date("Veröffentlicht am 25. April 2024 um 14:07 Uhr")
    assert found == datetime(2024, 4, 25, 14, 7)


def test_find_date_with_a_two_digit_year() -> None:
    """A date line with a two-digit year ("Kultur, 2.11.22", "Do 25.04.24 | 14:07 Uhr") is
    read day first; a version number is no date."""
    assert find_date("Kultur, 2.11.22") == datetime(2022, 11, 2)
    assert find_date("Do 25.04.24 | 14:07 Uhr") == datetime(2024, 4, 25)
    assert find_date("v3.5.22 released") is None
    assert find_date("Version 1.2.3.4") is None


def test_find_date_in_japanese_text() -> None:
    """find_date reads 2019年4月13日."""
    assert find_date("公開日 2019年4月13日 09:00") == datetime(2019, 4, 13)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15 августа 2016, 13:43", datetime(2016, 8, 15, 13, 43)),  # Russian
        ("5 травня 2020", datetime(2020, 5, 5)),  # Ukrainian
        ("opublikowano: 7 kwietnia 2021", datetime(2021, 4, 7)),  # Polish
        ("wtorek, 11 października 2021", datetime(2021, 10, 11)),
        ("12 Ekim 2021 Sal\u0131", datetime(2021, 10, 12)),  # Turkish
        ("3 MAYIS 2022", datetime(2022, 5, 3)),
        ("الأربعاء، 07 أكتوبر 2020 - 12:09 م", datetime(2020, 10, 7, 12, 9)),  # Arabic
        ("Publicerad 1 maj 2020", datetime(2020, 5, 1)),  # Swedish
    ],
)
def test_find_date_with_month_names_in_more_languages(text: str, expected: datetime) -> None:
    """Month names of Russian, Ukrainian, Polish, Turkish, Arabic and Scandinavian dates."""
    assert find_date(text) == expected


def test_find_date_slashed_day_first() -> None:
    """17/03/2020 can only be day-first, so it is read."""
    assert find_date("Publié le 17/03/2020") == datetime(2020, 3, 17)


def test_find_date_slashed_ambiguous_is_skipped() -> None:
    """03/04/2020 could be March or April, so it gives None."""
    assert find_date("03/04/2020") is None


@given(st.one_of(st.text(max_size=60), st.integers(), st.floats(), st.none()))
def test_parse_date_never_raises(value: object) -> None:
    """Any input gives a datetime or None, never an exception."""
    result = parse_date(value)
    assert result is None or isinstance(result, datetime)


@given(st.text(max_size=120))
def test_find_date_never_raises(value: str) -> None:
    """Any text gives a datetime or None, never an exception."""
    result = find_date(value)
    assert result is None or isinstance(result, datetime)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("02.11.2022 - Placebo in der Stadthalle", datetime(2022, 11, 2)),
        (
            "Von Claudia Lindner 27.1.2022 - Bei der Erinnerung an die Verfolgten",
            datetime(2022, 1, 27),
        ),
        ("2021-10-16 | Botschaft", datetime(2021, 10, 16)),
        ("On 12.03.2020 the council met in the town hall to vote on the budget.", None),
        ("The council met in the town hall, as it did on 12.03.2020 - and before.", None),
    ],
)
def test_dateline_date(text: str, expected: datetime | None) -> None:
    """A numeric date in the first 40 characters, followed by a dash or bar, is a dateline."""
    assert dateline_date(text) == expected


def test_a_dateline_dates_an_article_that_states_no_date() -> None:
    """With no date in the metadata, the dateline of the first paragraph is the publication
    date (a hand-written page)."""
    prose = "Bei der Erinnerung an die Verfolgten wurden viele Namen genannt. " * 3
    page = f"<html><body><article><h1>Gedenken</h1><p>Von Anna Muster 27.1.2022 - {prose}</p>"
    article = newsparse.parse(page + f"<p>{prose}</p></article></body></html>")
    assert article.published == datetime(2022, 1, 27)


def test_month_names_spelled_without_diacritics() -> None:
    """ "Maerz" (German) and "Marco" (Portuguese "março") name March, as in post dates."""
    assert find_date("12. Maerz 2020") == datetime(2020, 3, 12)
    assert find_date("12 de marco de 2020") == datetime(2020, 3, 12)


# A time written after a date in words (hand-written strings, in the forms pages print) ------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("19 Nov 2019 07:09 GMT", datetime(2019, 11, 19, 7, 9, tzinfo=timezone.utc)),
        (
            "Nov 19, 2019 at 7:09 p.m. EST",
            datetime(2019, 11, 19, 19, 9, tzinfo=timezone(timedelta(hours=-5))),
        ),
        (
            "Published 3. Mai 2021 um 10.00 Uhr MESZ",
            datetime(2021, 5, 3, 10, 0, tzinfo=timezone(timedelta(hours=2))),
        ),
        (
            "19 November 2019, 07:09 GMT+2",
            datetime(2019, 11, 19, 7, 9, tzinfo=timezone(timedelta(hours=2))),
        ),
        ("May 6th, 2022 12:49 AM", datetime(2022, 5, 6, 0, 49)),
        ("March 12, 2020 | 11:29 am", datetime(2020, 3, 12, 11, 29)),
        ("12 March 2020 - 7:09pm ET", datetime(2020, 3, 12, 19, 9)),  # "ET": no one offset
        ("12 March 2020 at 25:70", datetime(2020, 3, 12)),  # no time of day
    ],
)
def test_time_and_zone_after_a_date_in_words_are_kept(text: str, expected: datetime) -> None:
    """The time after a date in words is kept, with its zone when the zone names one offset."""
    assert find_date(text) == expected
    assert find_date(text).utcoffset() == expected.utcoffset()  # type: ignore[union-attr]


def test_visible_date_with_a_time_keeps_it() -> None:
    """A page stating no date but printing "19 Nov 2019 07:09 GMT" is published at 07:09 UTC."""
    html = (
        "<body><article><h1>Flood warning</h1><span class='date'>19 Nov 2019 07:09 GMT</span>"
        "<p>The river rose overnight.</p></article>"
    )
    published = newsparse.parse(html).published
    assert published == datetime(2019, 11, 19, 7, 9, tzinfo=timezone.utc)


def test_a_number_after_a_date_is_no_time() -> None:
    """ "3 March 2020, 12.50 euros": a dot between two numbers is a time only before "Uhr",
    "h" or a.m./p.m."""
    assert find_date("On 3 March 2020, 12.50 euros were paid") == datetime(2020, 3, 3)
    assert find_date("3 mars 2020 à 10h30") == datetime(2020, 3, 3, 10, 30)
