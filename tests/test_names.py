"""What a name looks like (newscrawl.extract.names): cleaning, splitting, persons told from roles."""

from __future__ import annotations

import pytest
from test_authors import _english, en, page

from newscrawl.extract.authors import clean_name, extract_authors, is_person, split_names


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("Ann Lee, Bo Chan & Cy Dee", ["Ann Lee", "Bo Chan", "Cy Dee"]),
        ("张三、李四", ["张三", "李四"]),
        ("张三 李四", ["张三", "李四"]),
        ("Dylan Bailey, MS, RD", ["Dylan Bailey"]),
    ],
)
def test_split_names(raw: str, expected: list[str]) -> None:
    assert split_names(raw) == expected


def test_clean_name_drops_roles_mail_and_handles() -> None:
    assert clean_name("By Jane Doe, Staff Writer") == "Jane Doe"
    assert clean_name("Jane Doe jane@example.com") == "Jane Doe"
    assert clean_name("Jane Doe @janedoe") == "Jane Doe"


def test_is_person_rejects_roles_outlets_and_site_names() -> None:
    assert is_person("张三")
    assert not is_person("小编")
    assert not is_person("新京报")
    assert not is_person("admin")
    assert not is_person("Tech Industry Page 2")
    assert not is_person("网易", {"网易财经"})


def test_a_credit_naming_where_the_text_comes_from_is_no_person() -> None:
    body = "<h1>Stories</h1><p class='byline'>By Tomson Highway and From Masculindians | June 22, 2016</p>"
    assert extract_authors(page(body, title="Stories", lang="en")).authors == ["Tomson Highway"]
    assert not is_person("Via Reuters")
    assert is_person("Frommer Vials")


def test_a_templates_unfilled_author_key_is_no_name_but_a_dotted_handle_may_be() -> None:
    assert not is_person("page.head.extra.author", strict=False)
    assert not is_person("%author_name%", strict=False)
    assert is_person("sara.r.peter", strict=False)
    head = "<meta name='author' content='page.head.extra.author'>"
    assert en("<h1>Winter tyres</h1><p>Tyres grip better below seven degrees.</p>", head).authors == []


def test_an_agency_printed_with_the_date_is_no_person() -> None:
    row = "<div>Associated Press December 2, 2016</div>"
    assert en(f"<h1>Winter tyres</h1>{row}<p>Tyres grip better, tests show.</p>").authors == []


def test_lower_case_handle_after_an_explicit_by_is_credited_as_shown() -> None:
    assert _english(
        "<p class='post-meta'>by <a rel='author' href='/author/kgrind/'>kgrind</a> | Apr 21, 2025</p>"
    ) == ["kgrind"]
    assert _english("<p>by kgrind</p>") == ["kgrind"]
    assert _english("<p>Author information</p>") == []  # "Author" opens a section, not a credit
    assert _english("<p>by clicking here you agree</p>") == []
    assert _english("<p>by date | by topic</p>") == []  # a sort menu


def test_cms_account_is_never_a_person() -> None:
    assert not is_person("NOC Admin")
    assert not is_person("Site Administrator")
    assert is_person("Adminah Lee")
    assert _english("", head='<meta name="author" content="NOC Admin">') == []


def test_outlet_in_traditional_script_is_no_person() -> None:
    assert not is_person("星島日報")
    assert not is_person("南方都市報")
    assert not is_person("gucheng.com")
    assert is_person("邱俐穎")


def test_co_writers_in_brackets_after_the_lead_writer_are_credited() -> None:
    assert _english("<p>Par Lise Exemple (avec Paul Exemple et Anne Modèle)</p>") == [
        "Lise Exemple",
        "Paul Exemple",
        "Anne Modèle",
    ]
    assert _english("<p>By Jane Sample (with John Example)</p>") == ["Jane Sample", "John Example"]
    assert split_names("Jane Sample (with John Example and Ann Poe)") == [
        "Jane Sample",
        "John Example",
        "Ann Poe",
    ]


def test_a_comma_list_of_account_names_after_posted_by() -> None:
    assert _english("<p>Posted by kgrind, BeanCo, tamper on 2019-02-15, all posts</p>") == [
        "kgrind",
        "BeanCo",
        "tamper",
    ]


def test_a_pictures_credit_or_a_preparers_institution_is_no_author() -> None:
    portrait = "<p><img src='/me.jpg' alt='me'><br><em>Portrait by <a href='/p'>Gus Example</a></em></p>"
    assert _english(portrait) == []
    prepared = "<h3>Prepared by <a href='/e'>Ann Sample,</a> Example State University</h3>"
    assert _english(prepared) == []
    assert not is_person("Example State University")


def test_a_nickname_in_brackets_stays_in_the_name_but_an_outlet_does_not() -> None:
    assert _english("<p class='byline'>By Robert (R.J.) Sample</p>") == ["Robert (R.J.) Sample"]
    assert _english("<p>By Jane Sample (Reuters) Washington</p>") == ["Jane Sample"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Jane Doe, Senior WRITER", "Jane Doe"),
        ("Jane Doe, ſtaff Writer", "Jane Doe"),  # "ſ" is an "s" to case-blind matching
        ("Jane Doe Correſpondent", "Jane Doe"),
        ("AUTHOR: Jane Doe", "Jane Doe"),
        ("The Acme Editors", "The Acme Editors"),  # a team credit keeps its role word
        ("Jane\u2003 Doe\t", "Jane Doe"),
        ("- \u3000Jane Doe -", "Jane Doe"),
        ("Jane Doe jd@example.com", "Jane Doe"),
    ],
)
def test_clean_name_reads_labels_roles_and_spaces_in_any_case(raw: str, expected: str) -> None:
    assert clean_name(raw) == expected


def test_split_names_keeps_an_organisations_ampersand_and_splits_on_joining_words() -> None:
    assert split_names("Campus Maps & Locations") == ["Campus Maps & Locations"]
    assert split_names("Jane Doe y John Roe") == ["Jane Doe", "John Roe"]
    assert split_names("Jane Doe") == ["Jane Doe"]
