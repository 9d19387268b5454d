"""Site furniture's words in the common European languages besides English.

`boilerplate` recognises a saved page's furniture by its English labels ("Related articles",
"Leave a comment", "Share", "All rights reserved"). Pages in German, French, Spanish, Italian,
Dutch, Portuguese or Polish carry the same labels in their own words ("Das könnte Sie auch
interessieren", "Laisser un commentaire", "Teilen", "Tous droits réservés"); this is that
lexicon, a general list of how sites say these things, not any one site's wording. Each label
is whole (a heading or a button), so a sentence using the words ("Lesen Sie auch das Buch,
das ...") stays.
"""

from __future__ import annotations

import re

# A heading alone on its line, with or without a colon ("Mehr zum Thema", "Lesen Sie auch:").
_HEADING_END = r"\s*(?:[:：…]|\.\.\.)?\s*$"
# The label and one teaser on its line ("Lesen Sie auch: Titel"): a link inside the article.
_ONE_TEASER = r"\s*[:：]\s*\S.*$"

_RELATED = (
    r"^(?:(?:ähnliche|verwandte|weitere|passende|empfohlene) (?:beiträge|artikel|themen"
    r"|nachrichten|news|meldungen|inhalte|posts)"
    r"|mehr (?:zum thema|aus (?:dem|der) ressort|dazu|news|artikel)"
    r"|das (?:könnte|dürfte) (?:sie|dich) auch interessieren|auch interessant"
    r"|(?:lesen sie|lies) (?:auch|mehr|weiter)|meist(?:gelesen|geklickt|gesehen|kommentiert"
    r"|geteilt)e?n?(?: (?:beiträge|artikel|nachrichten|news|videos))?|am meisten gelesen"
    r"|(?:articles?|sujets?|publications?) (?:similaires|liés|connexes|recommandés|populaires)"
    r"|(?:à|a) lire (?:aussi|également)|lire aussi|sur le même (?:sujet|thème)"
    r"|vous (?:aimerez|pourriez aimer|pourriez être intéressé)\b.*|les plus lus"
    r"|(?:artículos|noticias|entradas|notas) (?:relacionad[ao]s|similares|recomendad[ao]s)"
    r"|(?:también )?te (?:puede|podría) interesar|lo más leído|lee también|leer también"
    r"|(?:articoli|notizie|post) (?:correlat[ie]|simili|consigliat[ie])"
    r"|leggi anche|(?:ti )?potrebbe(?:ro)? interessar(?:ti|e)|i più letti"
    r"|gerelateerde (?:artikelen|berichten)|lees ook|meest gelezen"
    r"|(?:artigos|notícias) relacionad[ao]s|leia também|veja também"
    r"|podobne (?:artykuły|wpisy)|zobacz (?:też|także|również)|czytaj (?:też|także|również)"
    # A sidebar's latest or most read posts and comments ("Neueste Beiträge", "Derniers
    # articles", "Entradas recientes", "Die meistgelesenen Artikel", "Recent Comments").
    r"|(?:die |les |los |las |gli |i |de |os |as )?(?:(?:neueste|aktuelle|beliebteste|populäre"
    r"|meistgelesene)n?|derniers|dernières|últim[ao]s|ultim[ie]|laatste|najnowsze|ostatnie"
    r"|recent|latest|popular) (?:beiträge|artikel|kommentare|nachrichten|meldungen|articles"
    r"|commentaires|actualités|entradas|artículos|noticias|comentarios|articoli|commenti"
    r"|notizie|berichten|artikelen|reacties|nieuws|posts|artigos|notícias|comentários"
    r"|artykuły|wpisy|komentarze|comments|entries)"
    # ... of the site or section: "Die meistgelesenen Artikel bei SWR.de/Sport".
    r"(?: (?:bei|von|auf|aus|sur|du|de|en|su|di|da|op|van|na|w|z|on|at|from) \S+(?: \S+)?)?"
    r"|(?:articles|commentaires|entradas|comentarios|articoli|commenti|posts|comentários)"
    r" (?:récents|recientes|recenti|recentes))"
)

_COMMENTS = (
    r"^(?:(?:schreibe|hinterlasse|verfasse) einen kommentar|kommentar (?:abschicken|absenden"
    r"|schreiben|verfassen|hinzufügen)|\d+ kommentare?|kommentare\s*[:(]"
    r"|antworten abbrechen|beitrags-?navigation|gib hier deinen kommentar ein"
    r"|(?:laisser|laissez|écrire) un commentaire|\d+ commentaires?|commentaires\s*[:(]"
    r"|navigation (?:des|de l'|de la) (?:articles?|publication)|annuler la réponse"
    r"|(?:deja|dejar|escribe) (?:un|tu) comentario|\d+ comentarios?|comentarios\s*[:(]"
    r"|navegación de entradas|cancelar respuesta"
    r"|lascia(?:re)? un commento|\d+ comment[io]|commenti\s*[:(]|navigazione articoli"
    r"|annulla risposta|laat een reactie achter|\d+ reacties?|deixe um comentário"
    r"|dodaj komentarz|\d+ komentarz(?:e|y)?)(?!\w)"
)

#: (pattern, reason, site-only) in `boilerplate`'s form: lines after which nothing belongs to
#: the article.
MULTILINGUAL_ENDS: tuple[tuple[str, str, bool], ...] = (
    (_RELATED + _HEADING_END, "related links", True),
    # Not a heading that parts the article from what follows: it may go on after the link.
    (_RELATED + _ONE_TEASER, "related link", True),
    (_COMMENTS, "comment form", True),
    (r"^gefällt mir\s*[:：]", "share buttons", True),
    # A post's tags, by their label: "Schlagwörter:", "Étiquettes :", "Etiquetas:", "Tagi:".
    (
        r"^(?:schlagw(?:ö|o)rte?r?|stichw(?:ö|o)rte?r?|étiquettes|etiquetas|etichette|tagi"
        r"|trefwoorden|parole chiave|palabras clave|mots[- ]cl[ée]s|słowa kluczowe)\s*[:：]",
        "tags line",
        False,
    ),
)

#: "Alle Rechte vorbehalten" and its kin, anywhere in a short line (lower-cased).
RIGHTS_RESERVED = re.compile(
    r"alle rechte vorbehalten|tous droits réservés|todos los derechos reservados"
    r"|tutti i diritti riservati|alle rechten voorbehouden|todos os direitos reservados"
    r"|wszelkie prawa zastrzeżone"
)

#: Words that, beside "cookie", make a line a cookie notice.
COOKIE_CONTEXT_WORDS = (
    r"akzeptieren|zustimmen|einverstanden|verwendet|nutzt|datenschutz|accepter|acceptez"
    r"|utilise|utilisons|aceptar|acepto|utiliza|utilizamos|accetta|accetto|utilizza"
    r"|utilizziamo|accepteren|gebruikt|aceitar|utilizamos|akceptuję|używa"
)

#: A share bar's label ("Teilen", "Partager :", "Compartir en Facebook").
SHARE_WORDS = (
    r"^(?:teilen|partager|compartir|condividi|delen|compartilhar|udostępnij)"
    r"(?:\s+(?:mit|auf|via|per|sur|en|su|op|no|na|this|cet article|diesen (?:beitrag|artikel)"
    r"|este artículo|questo articolo)\b|\s*[:：]|\s*$)"
)

#: Buttons and labels standing alone on a line: advertisement marks, reply, print, back, home,
#: search, log in, "read more".
NOISE_WORDS = (
    r"werbung|anzeige|reklama|publicité|publicidad|pubblicità|advertentie|publicidade"
    r"|antworten|répondre|responder|rispondi|reageren|odpowiedz"
    r"|drucken|imprimer|imprimir|stampa|afdrukken|drukuj"
    r"|zurück|retour|volver|indietro|startseite|accueil|inicio|suche|recherche|rechercher"
    r"|buscar|cerca|zoeken|szukaj|anmelden|einloggen|se connecter|connexion|iniciar sesión"
    r"|accedi|inloggen|zaloguj"
    r"|weiterlesen|mehr lesen|lire la suite|leer más|seguir leyendo|leggi (?:tutto|di più)"
    r"|lees meer|czytaj dalej|(?:zurück )?nach oben|haut de (?:la )?page|menü|zur startseite"
    r"|learn more|mehr erfahren|erfahre mehr|en savoir plus|más información|saber más"
    r"|scopri di più|meer informatie|dowiedz się więcej"
    r"|zum inhalt springen|aller au contenu(?: principal)?|saltar al contenido|vai al contenuto"
)

#: Subscription labels ("Newsletter abonnieren", "Abonnez-vous", "Suscríbete").
SUBSCRIBE_WORDS = (
    r"(?:newsletter|jetzt) (?:abonnieren|bestellen)\b.*|abonnez-vous\b.*|inscrivez-vous\b.*"
    r"|suscr[ií]bete\b.*|iscriviti\b.*|abonneer\b.*|assine\b.*|zapisz się\b.*"
)

#: A post's reading time: "4 min read", "Lesezeit: 3 Minuten", "11 minut czytania", "Tiempo de
#: lectura: 8 minutos", "5 min de lecture"; a number of minutes alone is not one.
READING_TIME = re.compile(
    r"^\W*(?:(?:reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura"
    r"|tempo di lettura|tempo de leitura|leestijd|czas czytania)\s*[:：]?\s*(?:ca\.?\s*)?\d+"
    r"|\d+\s*(?:-\s*\d+\s*)?(?:min(?:ute)?s?|minuten|minutos|minuti|minut|mins?\.)\s*"
    r"(?:read|reading|lesezeit|lesen|lesedauer|de lecture|de lectura|di lettura|de leitura"
    r"|czytania|leestijd|lezen)\b)",
    re.IGNORECASE,
)

#: A site's own pages, named alone on a line: its legal notice, privacy page, "about us".
SITE_PAGES = re.compile(
    r"^\W*(?:impressum|datenschutz(?:erklärung|hinweise?)?|mentions légales|aviso legal"
    r"|note legali|colofon|polityka prywatności|über uns|qui sommes-nous|quiénes somos|chi siamo"
    r"|over ons|o nas|sobre nós)\W*$",
    re.IGNORECASE,
)
#: A share bar whose buttons ran together ("Copy LinkCopy LinkShare on FacebookShare on
#: Facebook"), or a like button loading ("Gefällt mir wird geladen …", "Like Loading...").
SHARE_BAR = re.compile(
    r"(?:(?:copy link|share on \w+|send as e-?mail|per e-?mail (?:senden|teilen)|auf \w+ teilen"
    r"|partager sur \w+|compartir en \w+)\W*){2,}"
    r"|^\W*(?:gefällt mir wird geladen|liken lade|like loading|j'aime chargement)\W*$",
    re.IGNORECASE,
)
#: A breadcrumb's label: "Sie sind hier: Home » Presse", "You are here:", "Vous êtes ici :".
BREADCRUMB = re.compile(
    r"^\W*(?:sie sind hier|du bist hier|you are here|vous êtes ici|usted está aquí|está aquí"
    r"|estás aquí|ti trovi in|sei qui|u bent hier|je bent hier|jesteś tutaj|você está aqui)"
    r"\s*[:：]",
    re.IGNORECASE,
)
