"""Pages saved as text: a menu inside the article's span (a share bar, an author's links)
parts the article from a much lighter part after it (an author's box, a comment), but not
from the article's own closing paragraphs after a list of the user's.

Every page here is written for the test, in the shape a browser's "Save as text" gives.
"""

from __future__ import annotations

from pathlib import Path

from ftztui.model import Document

from .helpers import SCHOOLS_ARTICLE as _ARTICLE
from .helpers import SITE_MENU as _MENU
from .helpers import all_text, load_lines

_LINKS = ["• Ann Lee", "• Schools", "• Council", "• Town hall", "• Archive"]


def _load(tmp_path: Path, lines: list[str]) -> Document:
    return load_lines(tmp_path / "page.txt", lines)


def test_an_authors_box_after_a_menu_below_the_article_is_left_out(tmp_path: Path) -> None:
    title = "Town to spend more on its schools"
    longer = [
        *_ARTICLE,
        *(
            f"In the {place}, the council will also mend the roofs of the old school buildings, "
            "which let the rain in last winter, and paint the corridors before the new year."
            for place in ("north of the town", "south of the town", "villages", "market square")
        ),
    ]
    author = [
        "Ann Lee has written about the town's schools and its council for the Gazette.",
        "She lives in the town with her two children, a very old dog and two young cats.",
    ]
    doc = _load(tmp_path, [*_MENU, title, *longer, *_LINKS, *author, *_MENU])
    assert doc.title == title
    assert all(paragraph in all_text(doc) for paragraph in longer)
    assert not any(line in all_text(doc) for line in author)
    assert set(author) <= {r.text for r in doc.removed}


def test_closing_paragraphs_after_a_list_in_the_article_are_kept(tmp_path: Path) -> None:
    title = "Town to spend more on its schools"
    schools = ["• Hill School", "• Park School", "• Mill School", "• Bridge School", "• Oak School"]
    closing = [
        "The work on all five schools should start in the spring, the mayor said, and the "
        "council will report on its progress at every meeting until the work is done.",
        "The opposition said it would watch the costs closely.",
    ]
    doc = _load(tmp_path, [*_MENU, title, *_ARTICLE, *schools, *closing, *_MENU])
    assert all(paragraph in all_text(doc) for paragraph in [*_ARTICLE, *closing])


def test_a_recipes_list_of_amounts_is_not_taken_for_a_menu(tmp_path: Path) -> None:
    lead = [
        "This cake is baked on a tray in less than an hour, and it stays moist for days "
        "because the lemon syrup soaks into it while it is still warm.",
        "It was my grandmother's favourite, and she baked it every Sunday in the summer for "
        "the whole family and for the neighbours who came by.",
    ]
    # A recipe card's lines and its list of amounts, one a line, as a page saves them.
    card = ["Print recipe", "Preparation 10 min", "Baking 25 min", "Total 35 min", "Ingredients"]
    amounts = ["• 6 large eggs", "• 250 g butter", "• 300 g flour", "• 2 tsp baking powder"]
    amounts += ["• 200 ml milk", "• 3 lemons"]
    method = [
        "Beat the butter with the sugar until it is pale, then add the eggs one by one and "
        "beat well after each of them, so that the batter stays smooth.",
        "Fold in the flour with the baking powder and the milk, spread the batter on the "
        "tray and bake it for about twenty minutes until it is golden.",
    ]
    lines = [*_MENU, "Lemon cake", *lead, "\n".join(card), "\n".join(amounts), *method, *_MENU]
    text = all_text(_load(tmp_path, lines))
    assert all(line.removeprefix("• ") in text for line in amounts)
    assert all(paragraph in text for paragraph in [*lead, *method])


def test_a_recipes_ingredients_above_its_method_are_kept(tmp_path: Path) -> None:
    # A recipe page: the ingredients under their labels, then the method; no story above
    # them, so the densest prose starts at the method.
    card = ["Print", "Save", "Ingredients", "Dough:"]
    ingredients = ["50 ml milk", "100 g butter", "250 g flour", "1 pack dried yeast", "50 g sugar"]
    method = [
        "Warm the milk and melt the butter in it, then mix the flour with the yeast in a large "
        "bowl and add the sugar, the eggs and the warm milk with the butter.",
        "Knead everything with the dough hook of a mixer for about five minutes, until the dough "
        "is smooth, and leave it covered in a warm place until it has doubled.",
        "Bake the muffins on the lowest shelf for about fifteen minutes, until they are golden, "
        "and let them cool in the tin before you take them out and fill them.",
    ]
    lines = [*_MENU, "Bee sting muffins", *card, *ingredients, "Method", *method, *_MENU]
    doc = _load(tmp_path, lines)
    assert all(line in all_text(doc) for line in [*ingredients, *method])


def test_a_recipe_card_after_the_articles_prose_is_kept(tmp_path: Path) -> None:
    story = [
        "Once in a while I like to cook without meat, and this dish of fried noodles with tofu "
        "has become the one my family asks for most often on a Friday evening.",
        "The cooking itself is quick; the only slow part is frying the tofu until it is golden "
        "on every side, which is worth the wait because it keeps its shape in the wok.",
    ]
    card = ["Fried noodles with tofu", "Pin", "Print", "Servings", "2", "Ingredients"]
    ingredients = ["• 1/2 block of tofu, diced", "• 120 g yellow noodles", "• 1 tbsp garlic"]
    ingredients += ["• 2 tsp dark soy sauce"]
    method = [
        "• Fry the tofu in a little oil until it is golden, then drain it on paper towels.",
        "• Fry the garlic in the oil left in the wok, add the noodles and the sauce, and stir.",
    ]
    related = ["Related", "Old school butter bread", "Soft boiled eggs", "Steamed egg cake"]
    lines = [*_MENU, "Fried noodles with tofu", *story, *card, *ingredients, *method, *related]
    doc = _load(tmp_path, [*lines, *_MENU])
    text = all_text(doc)
    assert all(line.removeprefix("• ") in text for line in [*story, *ingredients, *method])
    assert not any(teaser in text for teaser in related[1:])
