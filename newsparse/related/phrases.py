"""The words that announce a related-articles section, as full-line patterns on plain text.

`RELATED_HEADING` matches the whole text of a heading (or a line of already-extracted text)
such as "You might also like", "Mehr zum Thema:", "À lire aussi …" or "【関連記事】"; a line that
merely contains such words ("Related costs rose") does not match. `PROMO_LABEL` matches the
label that opens an inline promo paragraph ("READ MORE: <link>"), separator included.
"""

from __future__ import annotations

import re

__all__ = ["PROMO_LABEL", "RELATED_HEADING"]

_APOS = r"['\u2019]"
# Labels that can also open an inline promo ("Lesen Sie auch: <link>"). Lowercase regex
# fragments; matching is case-insensitive.
_LABELS = (
    # English
    r"(?:you\s+(?:might|may)\s+(?:also\s+)?like)",
    r"(?:related(?:\s+(?:articles?|stories|story|content|coverage|news|posts?|topics|links|"
    r"reading|videos?))?)",
    r"(?:read\s+(?:more|also|next|this\s+next))",
    r"(?:(?:what\s+to\s+)?read\s+next|up\s+next|keep\s+reading|further\s+reading)",
    r"(?:also\s+(?:read|see|watch))",
    r"(?:more\s+(?:on\s+this\s+story|stories|news|like\s+this|to\s+read))",
    r"(?:recommended(?:\s+(?:for\s+you|stories|reading|articles|videos))?)",
    r"(?:most\s+(?:read|popular|viewed|shared)|popular\s+(?:stories|now|articles))",
    r"(?:top\s+stories|trending(?:\s+(?:now|stories|news))?|latest\s+\w+\s+(?:news|stories))",
    rf"(?:don{_APOS}?t\s+miss|see\s+also|editors?{_APOS}?s?\s+picks?|latest\s+(?:news|stories))",
    r"(?:in\s+case\s+you\s+missed\s+it)",
    r"(?:(?:articles|audios?|videos?|stories)(?:\s+and\s+(?:audios?|videos?|articles|stories))?"
    r"\s+on\s+(?:the|this)\s+topic)",
    # German
    r"(?:mehr\s+zum\s+thema|(?:zum\s+(?:selben\s+|gleichen\s+)?|passend\s+zum\s+)thema)",
    r"(?:(?:(?:weitere|beliebte|aktuelle)\s+)?(?:artikel|beiträge|videos|audios|news)"
    r"(?:\s+und\s+(?:artikel|beiträge|videos|audios))?\s+zum\s+thema)",
    r"(?:das\s+k(?:ö|oe)nnte\s+(?:sie|dich)\s+auch\s+interessieren)",
    r"(?:lesen\s+sie\s+(?:auch|mehr(?:\s+zum\s+thema)?)|auch\s+(?:interessant|lesenswert)|zum\s+(?:artikel|beitrag))",
    r"(?:weitere\s+(?:artikel|beiträge|nachrichten|meldungen)|meistgelesene?(?:\s+artikel)?)",
    r"(?:(?:unsere\s+)?empfehlungen|(?:ähnliche|verwandte)\s+(?:artikel|beiträge))",
    # French
    r"(?:(?:[àa]\s+)?lire\s+(?:aussi|également)|[àa]\s+(?:d[ée]couvrir|voir)\s+(?:aussi|également))",
    r"(?:sur\s+le\s+m[êe]me\s+(?:sujet|th[èe]me)|dans\s+la\s+m[êe]me\s+rubrique)",
    r"(?:(?:(?:articles|audios|vid[ée]os)(?:\s+et\s+(?:articles|audios|vid[ée]os))?\s+)?"
    r"sur\s+le\s+sujet)",
    r"(?:les\s+plus\s+lu(?:e?s)?|voir\s+aussi|vous\s+aimerez\s+(?:peut-[êe]tre\s+)?aussi)",
    r"(?:articles\s+(?:liés|similaires|connexes))",
    # Spanish
    r"(?:(?:le[ea]|mir[áa]|ver)\s+tambi[ée]n|(?:tambi[ée]n\s+)?(?:te|le)\s+puede\s+interesar|puede\s+interesarte)",
    r"(?:(?:noticias|art[íi]culos)\s+relacionad[oa]s|relacionad[oa]s?|te\s+recomendamos)",
    r"(?:lo\s+m[áa]s\s+(?:le[íi]do|visto)|m[áa]s\s+(?:noticias|le[íi]d[oa]s)|ver\s+tambi[ée]n)",
    # Italian
    r"(?:leggi\s+anche|(?:ti\s+)?potrebbe(?:ro)?\s+interessarti(?:\s+anche)?)",
    r"(?:articoli\s+correlati|correlati|(?:i\s+)?pi[ùu]\s+letti|vedi\s+anche)",
    # Portuguese
    r"(?:leia\s+(?:tamb[ée]m|mais)|veja\s+(?:tamb[ée]m|mais)|saiba\s+mais)",
    r"(?:mais\s+lid[oa]s|(?:not[íi]cias|mat[ée]rias|artigos)\s+relacionad[oa]s)",
    r"(?:recomendamos(?:\s+para\s+voc[êe])?|voc[êe]\s+(?:tamb[ée]m\s+)?pode\s+gostar)",
    # Polish
    r"(?:(?:prze)?czytaj\s+(?:tak[żz]e|te[żz]|r[óo]wnie[żz]|wi[ęe]cej)|zobacz\s+(?:te[żz]|tak[żz]e|r[óo]wnie[żz]))",
    r"(?:polecamy|najcz[ęe][śs]ciej\s+czytane|(?:powi[ąa]zane|podobne)\s+artyku[łl]y"
    r"|dowiedz\s+si[ęe]\s+wi[ęe]cej)",
    # Croatian, Serbian, Bosnian (Latin script)
    r"(?:vi[šs]e\s+o\s+temi|pro[čc]itajte\s+(?:jo[šs]|i|tako[đd]er)|povezane\s+(?:vijesti|vesti|teme)"
    r"|najčitanije(?:\s+vijesti)?)",
    # Russian
    r"(?:читайте\s+также|смотрите\s+также|(?:новости|материалы|ещ[её])\s+по\s+теме|по\s+теме)",
    r"(?:самое\s+читаемое|похожие\s+(?:новости|статьи)|рекомендуем)",
    # Turkish, Arabic
    r"(?:[iİ]lgili\s+haberler|benzer\s+haberler|en\s+[çc]ok\s+okunan(?:lar)?)",
    r"(?:الأكثر\s+(?:تصفحا|تصفحاً|قراءة|مشاهدة)|[اإ]قرأ\s+(?:أيضا|أيضاً)"
    r"|(?:مقالات|أخبار|مواضيع)\s+ذات\s+صلة|قد\s+يعجبك\s+(?:أيضا|أيضاً))",
    # Zulu ("read another story here")
    r"(?:funda\s+(?:futhi|nalokhu|olunye\s+udaba(?:\s+lapha)?))",
    # Dutch, Swedish, Norwegian, Danish, Japanese, Chinese
    r"(?:lees\s+(?:ook|meer)|gerelateerde?\s+artikelen|l[äa]s\s+(?:ocks[åa]|[äa]ven|mer))",
    r"(?:l[eæ]s\s+(?:ogs[åa]|mere?)|relater(?:te|ede)\s+(?:saker|artikler|nyheder)|mest\s+lest)",
    r"(?:関連記事|関連ニュース|関連リンク|関連キーワード|[あ合]わせて読みたい|おすすめ(?:記事|情報)|"
    r"人気記事|アクセスランキング|新着記事|(?:最新)?記事一覧|.{1,12}の(?:新着|最新記事一覧)|"
    r"相关(?:阅读|文章|新闻))",
)
# Headings only: "More from <X>" and its kin take a short name after them.
_NAMED = (
    r"(?:(?:read\s+more\s+(?:from|on|in|by)|more\s+(?:from|on|in))(?::|\s)\s*[^\d\s].{0,38}"
    r"|also\s+on\s+[^\d\s].{0,38})",
    r"(?:most\s+(?:read|popular|viewed|shared)\s+(?:in|on)\s+[^\d\s].{0,38})",
    r"(?:recommended\s+from\s+[^\d\s].{0,38})",
    r"(?:mehr\s+(?:aus|zum\s+thema)(?::|\s)\s*[^\d\s].{0,38}"
    r"|m[áa]s\s+(?:noticias\s+)?de\s+[^\d\s].{0,38})",
)
# Decoration allowed around a heading: brackets, bullets, arrows, a trailing colon or ellipsis.
# Every label starts with a letter, so the decoration ends just before one: saying so spares the
# regex from retrying every label at each character of a long run of spaces.
_LEAD = r"[\s\W_]*(?![\s\W_])"
_TRAIL = (
    r"[\s:\uff1a.\u2026\u00bb\u203a>\u2192\u2193\u2b07\u25b6\u25bc|\-\u2013\u2014!)\]\u3011\u300d]*"
)

RELATED_HEADING = re.compile(
    rf"^{_LEAD}(?:{'|'.join(_LABELS + _NAMED)}){_TRAIL}$", re.IGNORECASE | re.DOTALL
)
"""The whole text of a line or heading that announces a related section ("Read more:")."""

PROMO_LABEL = re.compile(
    rf"^{_LEAD}(?:{'|'.join(_LABELS)}|more|watch|read|listen|also|see)"
    r"\s*[:\uff1a\u00bb\u203a\u2192|\u2013\u2014]\s*",
    re.IGNORECASE,
)
"""The label and separator opening an inline promo paragraph ("READ MORE: ", "Lire aussi : ")."""
