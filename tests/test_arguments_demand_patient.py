"""REQUEST participants: what the demanded action is done to is not who is asked.  The
genitive of the complement's verbal noun ("بإغاثة السكان"، "ضرورة حماية المدنيين") and
anyone after مع or ضد inside the complement are content, unless a state, government or
armed body (the one the action is aimed at stays, as gold codes it); the genitive of a
verbal noun of agent_genitive_nouns ("بانسحاب القوات"، "ضرورة تدخل مجلس الأمن") is who is
asked to act."""
from conftest import coded, events_of

from hadath.events.arguments.demands import _bare_verbal_noun
from hadath.words import function_words


def test_genitive_of_demanded_action_is_no_recipient() -> None:
    actors, recipients = coded("وطالب وزير الخارجية المصري بإغاثة سكان المخيمات في الشمال.",
                               "REQUEST")
    assert actors == ["EGY"] and recipients == []


def test_state_the_action_is_aimed_at_stays_the_recipient() -> None:
    actors, recipients = coded("وطالب وزير الخارجية المصري بمعاقبة إسرائيل على جرائمها.",
                               "REQUEST")
    assert actors == ["EGY"] and recipients == ["ISR"]


def test_region_of_demanded_action_is_no_recipient() -> None:
    actors, recipients = coded("ودعا وزير الخارجية الأردني إلى إغاثة قطاع غزة.", "REQUEST")
    assert actors == ["JOR"] and recipients == []


def test_genitive_behind_a_second_noun_is_no_recipient() -> None:
    actors, recipients = coded("وطالبت الخارجية القطرية بوقف اعتداءات المستوطنين في الضفة.",
                               "REQUEST")
    assert actors == ["QAT"] and recipients == []


def test_civilians_after_didd_inside_call_are_no_recipient() -> None:
    actors, recipients = coded("ودعا الرئيس التركي إلى إجراءات ضد المستوطنين.", "REQUEST")
    assert actors == ["TUR"] and recipients == []


def test_withdrawing_party_stays_the_one_asked() -> None:
    actors, recipients = coded("وطالبت فرنسا بانسحاب إسرائيل من الأراضي اللبنانية.", "REQUEST")
    assert actors == ["FRA"] and recipients == ["ISR"]


def test_object_before_call_stays_the_addressee() -> None:
    actors, recipients = coded("ودعا وزير الخارجية الإيراني مجلس الأمن إلى محاسبة إسرائيل.",
                               "REQUEST")
    assert actors == ["IRN"] and recipients == ["UNO"]


def test_necessity_of_protecting_is_no_recipient() -> None:
    events = events_of("وشدد وزير الخارجية الأردني على ضرورة حماية المستشفيات في لبنان.",
                       "REQUEST")
    assert len(events) == 1 and events[0].recipient == []
    assert events[0].rule.endswith("noun+content+subject")


def test_necessity_of_intervening_names_who_is_asked() -> None:
    actors, recipients = coded("وأكدت روسيا ضرورة تدخل مجلس الأمن لوقف الحرب.", "REQUEST")
    assert actors == ["RUS"] and recipients == ["UNO"]


def test_bare_verbal_noun_drops_conjunction_and_preposition() -> None:
    assert _bare_verbal_noun("وبمحاسبة") == "محاسبة"
    assert _bare_verbal_noun("لحماية") == "حماية"
    assert _bare_verbal_noun("الإفراج") == "الإفراج"


def test_agent_genitive_nouns_hold_only_actions_done_by_their_genitive() -> None:
    nouns = function_words().agent_genitive_nouns
    assert {"انسحاب", "تدخل", "التزام"} <= nouns
    assert not {"محاسبة", "حماية", "وقف"} & nouns


def test_municipality_heading_the_subject_is_no_complement() -> None:
    actors, recipients = coded("طالبت بلدية رفح المنظمات الدولية بالتدخل العاجل.", "REQUEST")
    assert actors == ["PSE"] and recipients == ["NGO"]
