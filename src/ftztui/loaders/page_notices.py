"""A saved page's notices inside its article span: what the site prints under every post.

`boilerplate` knows a site's headings, menus and buttons; inside the article's span a saved
page also keeps the sentences a site's template or blog engine prints around every post: a
form asking for the reader's e-mail address to follow the blog, a licence line, an affiliate
disclosure, a post's filing line ("This entry was posted in News. Bookmark the permalink."), a
comment form's notes, a call to donate or to subscribe to read on. Each is a sentence a site
writes to its reader, recognised by its phrasing in the common European languages (the
wording blog engines and sites use everywhere, not any one site's), and only ever asked of
a web page (saved as text, or an HTML page's article: `html_furniture`): a user's own file
keeps all of them.
"""

from __future__ import annotations

import re

from ftztui.loaders.html_reasons import is_credit_line

_I = re.IGNORECASE

#: A line longer than this is the article's, whatever it says.
NOTICE_WORDS = 60

# The reader's e-mail address, asked for ...
_ADDRESS = (
    r"(?:e-?mail[- ]?(?:address|adresse)|adresse (?:e-?mail|mail|électronique|courriel)"
    r"|dirección de (?:correo|e-?mail)|indirizzo (?:e-?mail|di posta)|adres e-mail)"
)
# ... to follow the blog or its new posts ("Enter your email address to follow this blog and
# receive notifications of new posts by email", "Um neue Beiträge per E-Mail zu erhalten, hier
# die E-Mail-Adresse eingeben"); or a newsletter offered to subscribe to "here".
_FOLLOWING = (
    r"(?:abonn|subscri|follow|folg|suivre|seguir|notif|benachrichtig"
    r"|new (?:posts|articles)|neue(?:n|sten)? (?:beiträge|artikel)|nouveaux articles"
    r"|nuevas entradas)"
)
_FOLLOW_BY_EMAIL = re.compile(
    _ADDRESS
    + r".{0,160}?"
    + _FOLLOWING
    + "|"
    + _FOLLOWING
    + r".{0,160}?"
    + _ADDRESS
    + r"|\bnewsletter\b.{0,60}\b(?:hier|here|ici|aquí|qui) (?:abonnieren|bestellen|anmelden)"
    r"|\bby e-?mail\b.{0,60}\bnever miss\b|\bnever miss\b.{0,60}\bby e-?mail\b",
    _I,
)
# ... or the comment form's note that it will not be shown.
_EMAIL_UNPUBLISHED = re.compile(
    r"(?:e-?mail|adresse|dirección|indirizzo).{0,40}"
    r"(?:will not be published|wird nicht veröffentlicht|ne sera pas publiée"
    r"|no (?:será|se) publica|non sarà pubblicat|wordt niet gepubliceerd|nie zostanie opublikowany"
    r"|não será publicado)",
    _I,
)
_COMMENT_FORM = re.compile(
    r"(?:must|müssen|musst|devez|debes|devi|moet|musisz) .{0,40}"
    r"(?:logged in|log in|einloggen|angemeldet|eingeloggt|connecté|sesión|registrad|collegato"
    r"|ingelogd|zalogowany).{0,60}(?:comment|kommentar|diskussion|discussion|commentaire"
    r"|comentar|commento|reactie|komentarz|reply|antwort)"
    r"|comments are closed|kommentare sind geschlossen|commentaires sont fermés"
    r"|comentarios están cerrados|commenti sono chiusi|reacties zijn gesloten"
    r"|\bbloggers? like this|bloggern gefällt das|blogueurs aiment cette page"
    r"|\bno (?:comments|responses?) (?:yet|so far)|noch keine kommentare"
    r"|be the first to comment|sei der erste,? der|soyez le premier à commenter",
    _I,
)
# A licence for the site's content ("All content is licensed under a Creative Commons ...",
# "Texte auf dieser Webseite stehen unter einer Creative Commons ... Lizenz") or a notice that
# it is protected ("Materiał chroniony prawem autorskim").
_LICENCE = re.compile(
    r"creative[ -]commons|\bcc[ -]by\b|licen[cs]ed under|lizenziert unter|\blizenz\b"
    r"|sous licence|bajo (?:una )?licencia|sotto licenza|onder (?:een )?licentie",
    _I,
)
_THIS_SITE = re.compile(
    r"\b(?:this (?:work|site|website|blog|text|article|post|page)|all (?:content|contents|texts?)"
    r"|unless (?:otherwise|stated|noted)|if not (?:explicitly )?(?:specified|stated)"
    r"|(?:diese[rsmn]?|auf dieser) (?:text|beitrag|artikel|webseite|website|seite|blog)"
    r"|alle inhalte|inhalte dieser|texte auf|sofern nicht anders|soweit nicht anders"
    r"|ce (?:site|texte|blog|contenu)|sauf mention contraire|este (?:sitio|texto|blog)"
    r"|salvo (?:que se indique|indicación)|questo (?:sito|testo|blog))\b",
    _I,
)
_PROTECTED = re.compile(
    r"urheberrechtlich geschützt|chronion\w* prawem autorskim|protected by copyright"
    r"|protégés? par (?:le )?droit d'auteur|protegid[oa]s? por (?:los )?derechos de autor"
    r"|protett[oi] da copyright|auteursrechtelijk beschermd|n'engagent que leurs auteurs"
    r"|do not necessarily reflect the (?:views|opinions?)"
    r"|protected by recaptcha",
    _I,
)
# An affiliate disclosure: "When you buy through links on our site, we may earn an affiliate
# commission", "We may receive compensation when you click on links to those products".
_AFFILIATE = re.compile(
    r"\b(?:affiliate|commission|compensation|provision|vergütung|commissione|comisión)\b", _I
)
_AFFILIATE_LINK = re.compile(r"\b(?:links?|click|klick\w*|buy|kauf\w*|partner\w*)\b", _I)
_WE = re.compile(r"\b(?:we|our|wir|unser\w*|nous|nos|notre)\b", _I)
_AFFILIATE_LABEL = re.compile(r"^\W*(?:affiliate[- ]?links?|werbung|anzeige)\W*$", _I)
# A blog post's filing line: "This entry was posted in News. Bookmark the permalink.",
# "Dieser Eintrag wurde veröffentlicht in Podcast und verschlagwortet mit ...", "Posted by Ann
# at 21:11".
_FILED = re.compile(
    r"\bperma(?:nent)?link\b|\bverschlagwortet\b|\babgelegt unter\b|\bfiled under\b"
    r"|\b(?:posted|eingestellt|publié|publicado|pubblicato) (?:by|von|par|por|da) "
    r"[^.]{1,40} (?:at|um|à|a las|alle) \d{1,2}[:.]\d{2}\b",
    _I,
)
# A call to donate or support the site: "Unterstützen Sie diese Form des Journalismus",
# "would you consider supporting our work?", "Jede kleine Spende hilft".
_SUPPORT = re.compile(
    r"\b(?:please support|consider supporting|unterstützen sie|unterstütze|soutenez|apoya"
    r"|sostieni|steun|wesprzyj)\b"
    r".{0,40}\b(?:us|our|uns|unsere?n?|diese form|nous|notre|nuestro|nos|nostro|ons|nas)\b"
    r".{0,40}\b(?:work|journalism|journalismus|arbeit|travail|journalisme|periodismo"
    r"|giornalismo|werk|dziennikarstw\w*|darowizn\w*|donat\w*|spende\w*)\b"
    r"|\b(?:jede|every|each|chaque|cada|ogni|elke|każda) (?:kleine |small |petit |pequeña )?"
    r"(?:spende|donation|don|donación|donazione|donatie|darowizna)\b"
    r"|\bhelp us (?:continue|keep)\b|\bhilf uns\b|\bhelfen sie uns\b",
    _I,
)
# A paywall or subscription pitch: "To view the full story, please subscribe", "already a
# subscriber, you can log in", "Cancel anytime".
_PAYWALL = re.compile(
    r"\bplease subscribe\b|\balready a subscriber\b|\bbereits abonnent|\bschon abonnent"
    r"|\bdéjà abonné|\bya eres suscriptor|\bgià abbonato"
    r"|\bcancel (?:at )?any ?time\b|\bjederzeit kündbar\b|\bcancela cuando quieras\b"
    r"|\brésiliable à tout moment\b",
    _I,
)
# A prompt of the browser or page: push notifications, a button loading an embed.
_PROMPT = re.compile(
    r"\b(?:would like to|wants to|möchte(?:n)? (?:ihnen|dir)) send you push notifications\b"
    r"|\bsend you push notifications\b|\bbenachrichtigungen? aktivieren\b"
    r"|\bactiver les notifications\b|\bactivar (?:las )?notificaciones\b"
    r"|\b(?:click|klicken sie|klicke) .{0,40}\b(?:button|schaltfläche)\b.{0,60}"
    r"\b(?:load|laden|charger|cargar)\b",
    _I,
)
# Follow the site on a network, or a call to share: "Follow us", "Folge uns", "Follow The
# Gleaner on Twitter and Instagram", "Artikel gefallen? Vergiss nicht zu teilen!".
_FOLLOW = re.compile(
    r"^\W*(?:follow us|folge uns|folgt uns|folgen sie uns|suivez-nous|síguenos|seguici|volg ons"
    r"|obserwuj nas)\b"
    r"|^\W*(?:follow|folge|folgen sie|suivez|sigue|segui|volg) .{1,60}\b(?:on|auf|sur|en|su|op|na)"
    r" (?:twitter|facebook|instagram|linkedin|youtube|tiktok|mastodon|threads|bluesky)\b"
    r"|\b(?:vergiss nicht|vergessen sie nicht|don't forget|do not forget|n'oubliez pas"
    r"|no olvides|non dimenticare) .{0,20}\b(?:zu teilen|to share|de partager|compartir"
    r"|condividere)\b",
    _I,
)

# A link to another story inside the article, under its label ("MIRA: ...", "Auch lesen: ...",
# "Dowiedz się więcej: ...", "See also: ..."), or a post's neighbour by its arrow ("← Older post",
# "← Aachen 1933 – 1945").
_TEASER = re.compile(
    r"^\W*(?:mira|puedes ver|lee (?:también|más)|lea (?:también|más)|ver también"
    r"|te puede interesar|auch lesen|lies auch|siehe auch|lesen sie auch|mehr dazu"
    r"|dowiedz się więcej|zobacz (?:też|także)|czytaj (?:też|także|więcej)|read also|see also"
    r"|also read|read more|voir aussi|à lire|lire aussi|leggi anche|vedi anche|leia (?:mais|também)"
    r"|lees ook|zie ook)\s*[:：]\s*\S"
    r"|^\s*←\s*\S",
    _I,
)

# The credit a site's theme or blog engine prints in its footer: "Powered by WordPress",
# "Simple theme. Powered by Blogger.", "Designed by Elegant Themes", "Design von A und B",
# "Fièrement propulsé par WordPress"; alone or after the footer's other links ("... – Powered by
# Nikola").
_SITE_CREDITS = re.compile(
    r"(?:^|[|–—·•]\s*|\.\s+)\W*(?:proudly |fièrement )?"
    r"(?:powered by|propulsé par|betrieben (?:von|mit)|desarrollado (?:por|con)"
    r"|creado con|realizzato con|mogelijk gemaakt door"
    r"|(?:web ?)?design(?:ed)? (?:by|von|par|por|da|door)|theme by|thema von|template by)\s+\S",
    _I,
)
#: A footer's credit line is short (a sentence about a designer is not one).
CREDITS_WORDS = 20
# A post's neighbours, by the blog's own labels: "Next post", "« Previous Post", "Newer Post
# Older Post Home", "Nächster Beitrag", "Article suivant", "Entrada anterior", "Weiter »".
_POST_NAVIGATION = re.compile(
    r"^\W*(?:(?:(?:next|previous|prev|older|newer) (?:posts?|entry|entries|articles?|stories|story)"
    r"|(?:nächste[rs]?|vorherige[rs]?|neuere|ältere) (?:beitrag|beiträge|artikel|eintrag|einträge)"
    r"|(?:article|billet) (?:suivant|précédent)|articles (?:suivants|précédents)"
    r"|(?:entrada|artículo|nota) (?:siguiente|anterior)|entradas (?:siguientes|anteriores|antiguas)"
    r"|(?:articolo|post) (?:successivo|precedente)|(?:volgende|vorige) (?:bericht|artikel)"
    r"|(?:następny|poprzedni) (?:wpis|artykuł))\W*){1,3}(?:home|startseite|accueil|inicio)?\W*$"
    r"|^\W*(?:weiter|zurück|suivant|précédent|siguiente|anterior|avanti|indietro|next|previous)"
    r"\s*[»«›‹→←]+\W*$|^\W*[»«›‹→←]+\s*(?:weiter|zurück|suivant|précédent|siguiente|anterior"
    r"|next|previous)\W*$",
    _I,
)

# A picture's credit alone on its line, in the forms `is_credit_line` does not know: a label
# ("Fot. Jan Kowalski / Agencja Gazeta", "Titelbild: dpa"), an agency's name and a slash ("PAP/
# Rafał Guz", "AFP / Jan Li") or a source naming a photo agency ("Quelle: jorisvo /
# Fotolia.com").
# A photo agency, named alone or beside the photographer ("Getty Images", "Firn | Getty
# Images", "Travnikov/Shutterstock", "Getty Images / Holger Leue").
_AGENCY = (
    r"(?:getty(?: ?images)?|shutterstock(?:\.com)?|istock(?:photo)?|adobe ?stock|alamy|unsplash"
    r"|pexels|pixabay|fotolia(?:\.com)?|dreamstime|depositphotos|picture[- ]alliance|imago"
    r"|dpa|afp|reuters|ap(?: photo)?|epa)"
)
_PICTURE_CREDIT = re.compile(
    r"^\W*(?:fot\.|zdj\.|zdjęcie|titelbild|titelfoto|bildquelle|beitragsbild|aufmacherbild"
    r"|fotocredit|bildnachweis)\s*[:：/]?\s*\w"
    r"|^[A-Z]{2,5}\s*/\s+[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,3}\s*$"
    r"|^\W*(?:quelle|source|fuente|fonte|źródło|bron)\s*[:：].{0,60}\b(?:fotolia|istock"
    r"|shutterstock|adobe ?stock|getty|pixabay|unsplash|pexels|dpa|picture[- ]alliance|imago)\b"
    r"|^\W*(?:[^\W\d][\w.'’ -]{0,40}?\s*(?:/|\||\bvia\b)\s*)?" + _AGENCY + r"\W*$"
    r"|^\W*" + _AGENCY + r"\s*(?:/|\|)\s*[^\W\d][\w.'’ -]{0,40}$",
    re.IGNORECASE,
)
#: A credit is a few words; a longer line is a caption or a sentence.
CREDIT_WORDS = 10

_NOTICES: tuple[tuple[re.Pattern[str], str], ...] = (
    (_EMAIL_UNPUBLISHED, "comment form"),
    (_COMMENT_FORM, "comment form"),
    (_FOLLOW_BY_EMAIL, "subscription notice"),
    (_PAYWALL, "subscription notice"),
    (_FILED, "post's filing line"),
    (_PROTECTED, "copyright notice"),
    (_SUPPORT, "call for donations"),
    (_PROMPT, "site prompt"),
    (_FOLLOW, "share buttons"),
)
#: A teaser or a post's neighbours is a line, not a paragraph of the article.
TEASER_WORDS = 25


# Words one of the notices above holds (lower case): a line without any is read no further
# (most of a page's lines are not notices, and the patterns above are slow to fail).
_TRIGGER_WORDS = (
    r"mail|adress|direcci|indirizzo|adres|newsletter|never miss|logged|log in|einlogg|angemeld"
    r"|eingeloggt|connecté|sesión|registrad|collegato|ingelogd|zalogowany|closed|geschlossen"
    r"|fermés|cerrados|chiusi|gesloten|like this|gefällt das|aiment cette|no comments"
    r"|no respons|keine kommentare|first to comment|der erste|premier à|subscri|abonn|suscri"
    r"|abbonat|cancel|kündbar|résiliable|perma|verschlag|abgelegt|filed under|posted by"
    r"|eingestellt von|publié par|publicado por|pubblicato da|urheber|chronion|copyright"
    r"|droit d|derechos|auteursrecht|engagent|reflect|recaptcha|support|unterstütz|soutenez"
    r"|apoya|sostieni|steun|wesprzyj|spende|donat|donaci|donazi|don |darowizn|help us|hilf uns"
    r"|helfen sie uns|push|benachrichtig|notific|button|schaltfläche|follow|folg|suivez|sígue"
    r"|seguici|segui |sigue |volg|obserwuj|vergiss|vergessen|forget|oubliez|olvides"
    r"|dimenticare|creative|cc by|cc-by|licen|lizen|affiliate|commission|compensation"
    r"|provision|vergütung|comisión"
)


def _any_of(words: str) -> re.Pattern[str]:
    """A pattern finding any of the words ("a|b|c"), grouped by their first letter: the same
    answers as their plain alternation, two to four times faster (Python's engine tries every
    alternative at every place of the text; here only those starting with the letter found
    there). It is asked of every short paragraph of every saved page, HTML and text."""
    groups: dict[str, list[str]] = {}
    for word in words.split("|"):
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return re.compile(
        "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in groups.items())
    )


_TRIGGER = _any_of(_TRIGGER_WORDS)


def page_notice(text: str) -> str | None:
    """Why `text`, a unit of a page saved as text, is a notice the site prints around its
    posts (see the module's docstring), or None."""
    words = len(text.split())
    if words > NOTICE_WORDS:
        return None
    if _TRIGGER.search(text.lower()):
        for pattern, why in _NOTICES:
            if pattern.search(text):
                return why
        if _LICENCE.search(text) and _THIS_SITE.search(text):
            return "licence notice"
        if _AFFILIATE.search(text) and _AFFILIATE_LINK.search(text) and _WE.search(text):
            return "affiliate disclosure"
    if words <= TEASER_WORDS and _TEASER.search(text):
        return "related link"
    if words <= CREDITS_WORDS and _SITE_CREDITS.search(text):
        return "site credits"
    if words <= HEADING_WORDS and _POST_NAVIGATION.search(text):
        return "navigation"
    if is_credit_line(text) or (words <= CREDIT_WORDS and _PICTURE_CREDIT.search(text)):
        return "picture credit"  # a picture's credit alone, as the HTML loader leaves it out
    if words <= 3 and _AFFILIATE_LABEL.match(text):
        return "affiliate disclosure"
    return None


# A heading over links to more of the site's stories: a qualifier ("Weitere", "Beliebte",
# "More", "Autres") and a kind of content ("Beiträge", "Tourentipps", "Stories", "Articles")
# one word apart at most ("Popular Types of Marketing Videos" heads the article's section),
# or a topic's label ("... zum Thema", "... sur le sujet", "Empfehlungen aus der Redaktion"),
# or more of a site's or an author's work ("More from CFR", "Recently by Jeffrey Zeldman", "You
# may also like"). Not "Further reading": an article's own sources are headed so as often.
_MORE = (
    r"(?:weitere|weiterführende|mehr|alle|aktuelle|beliebte|empfohlene|ähnliche|neueste|top|more|related"
    r"|other|popular|latest|recent|similar|recommended|autres|plus de|más|otr[oa]s|similares"
    r"|relacionad[oa]s|populaires|récents|altri|altre|andere|meer|inne|podobne|więcej)"
)
_KIND = (
    r"\w*(?:beiträge|artikel|nachrichten|news|meldungen|themen|videos|tipps|tests|rezepte"
    r"|stories|articles|posts|topics|sujets|actualités|vidéos|artículos|noticias|temas"
    r"|entradas|articoli|notizie|berichten|artikelen|wpisy|artykuły)"
)
_RELATED_HEADING = re.compile(
    r"^\W*(?:more (?:from|by|like this|in this)|(?:read|see|explore|discover) more (?:from|by|like)"
    r"|recently by|you (?:may|might) also (?:like|enjoy)|keep exploring|watch next"
    r"|what to read next|mehr (?:von|aus))\b"
    rf"|^\W*(?:{_MORE}\s+(?:\w+\s+)?{_KIND}|{_KIND}\b.*\b(?:zum thema|zu diesem thema|sur le sujet"
    r"|sobre el tema|on this topic|about this topic))\b"
    r"|\b(?:zum thema|sur le sujet|aus der redaktion|de la rédaction|from (?:the|our) editors)"
    r"\s*[:：]?\s*$",
    _I,
)
#: Such a heading is a few words; a comment thread's may name the post.
HEADING_WORDS = 7
COMMENTS_WORDS = 20


# A comment thread's heading: "142 Antworten zu Würde des Lebens", "3 thoughts on “Title”",
# "Vos réactions (11)", "Comments (18)", "No responses yet".
_COMMENTS_HEADING = re.compile(
    r"^\W*(?:\d+|one|ein|eine|un|une|uno|una) (?:responses?|comments?|thoughts?|antworten"
    r"|kommentare?|gedanken?|réponses?|commentaires?|respuestas?|comentarios?|risposte|commenti"
    r"|reacties|odpowiedzi|komentarz[ey]?) (?:to|on|zu|à|sur|a|en|para|su|op|na|do)\b"
    r"|^\W*(?:vos|your|deine|ihre|tus|sus|le vostre|jullie) (?:réactions|comments|kommentare"
    r"|comentarios|commenti|reacties)\b"
    # ... or the count alone ("10 comments:", "109 Comments | Grow a Garden", in a theme's
    # braces: "{ 167 comments }", "{ 2 comments… read them below or add one }").
    r"|^\W*\d+ (?:comments?|responses?|replies|kommentare?|antworten|commentaires?|réponses"
    r"|comentarios?|respuestas|commenti|risposte|reacties|komentarz[ey]?)\s*(?:[:|…]|\W*$)"
    # ... or after it, in brackets ("Comments (18)", as "Kommentare (3)" in `boilerplate`).
    r"|^\W*(?:comments?|responses?|replies)\s*\(\d+\)\s*$",
    _I,
)
# A post's filing line, by the labels blog engines and archives give it ("Labels: customer
# development, lean startup", "Categories: News", "Subjects: Artificial Intelligence (cs.AI)");
# "Tags:" is `boilerplate`'s, for a user's file too.
_FILED = re.compile(r"^(?:labels|categor(?:y|ies)|topics|subjects|filed under)\s*[:：]\s*\w", _I)
# An author's box: "About the author", "Über den Autor", "À propos de l'auteur".
_AUTHOR_HEADING = re.compile(
    r"^\W*(?:about the (?:author|writer)|über (?:den|die) autor(?:in)?|zum autor|zur autorin"
    r"|à propos de l'auteur|(?:sobre|acerca) (?:el|la) autor[a]?|sull'autore|over de auteur"
    r"|o autorze)\W*$",
    _I,
)


def page_heading(text: str) -> str | None:
    """Why `text` heads a part of a saved page that is not its article: more of the site's
    stories ("related links"), its comments ("comment form") or its author's box ("author's
    box"); or the line filing the post under its labels, which ends it ("tags line"); or None."""
    words = len(text.split())
    if text.rstrip().endswith((".", "!", "?")) or not text.lstrip("{( ")[:1].isalnum():
        return None  # a sentence, or an item of a list (a table of contents)
    if words <= COMMENTS_WORDS and _COMMENTS_HEADING.search(text):
        return "comment form"  # it may name the post ("142 Antworten zu Würde des Lebens")
    if words <= COMMENTS_WORDS and _FILED.search(text):
        return "tags line"
    if words > HEADING_WORDS:
        return None
    if _RELATED_HEADING.search(text):
        return "related links"
    if _AUTHOR_HEADING.search(text):
        return "author's box"
    return None
