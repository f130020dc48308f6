"""Field extractors: pure functions over a parsed :class:`~newscrawl.page.Page`.

:mod:`~newscrawl.extract.article` assembles them (``extract()``). The modules, by the field they
serve (each module's docstring says why it is apart):

Shared
    ``dom`` tag sets, class/id names, text measures · ``visibility`` hidden elements ·
    ``hrefs`` absolute URLs · ``blocks`` the body's blocks of text segments

Body
    ``body`` the search (entry points) · ``bodyscore`` prose weight per element ·
    ``bodycandidates`` the winning container · ``bodyregion`` widening to a split body, leads ·
    ``skipparts`` chrome the search and renderer skip · ``bodyparts`` template parts in the body ·
    ``render`` a subtree as blocks · ``controls`` forms, buttons, permalinks, tables of contents ·
    ``linklines`` link-only lines that stay · ``captionlines`` caption lines under pictures ·
    ``bodyedges`` the trim at the edges · ``edgerows`` rows trimmed · ``closinglabels`` labels
    opening the furniture under an article · ``bioboxes`` author bios and contributor cards

Headline
    ``headline`` the choice · ``headings`` visible candidates · ``metatitles`` metadata titles,
    site names · ``titlematch`` headings against titles · ``titletext`` title strings ·
    ``headlinelines`` a headline set as a plain line

The head (lines around the headline, for dates and bylines)
    ``headwalk`` the walk · ``headanchor`` where it starts · ``headchrome`` what it skips ·
    ``headstamps`` an element's machine date

Dates
    ``dates`` the decision · ``datelines`` dates the page shows · ``datetext`` date text to a
    stamp · ``datepatterns`` the date regexes · ``scriptdates`` dates only scripts hold

Authors and outlet
    ``authors`` the ranking (entry point) · ``bylines`` the head's credits · ``linecredits`` one
    line's credits · ``bylinemarks`` byline markup · ``authorbox`` bylines without markup ·
    ``pagecredits`` byline elements anywhere · ``itemcredits`` another item's credit ·
    ``authortail`` credits closing the article · ``authormeta`` credits the markup declares ·
    ``zhcredits`` Chinese credit lines · ``names``, ``namelists`` what a name looks like, where a
    list ends · ``sitecredits`` the site posing as an author · ``lazylines`` lines walked on demand ·
    ``outlets`` labels and notices naming an outlet · ``outletdatelines`` unlabelled outlets ·
    ``outletmarks`` outlets in markup · ``outletrank`` the outlet chosen

Images
    ``images`` the lead and the body's pictures · ``pictures`` the file a picture shows ·
    ``picturechrome`` icons, avatars, spacers · ``picturekeys`` one picture at any size ·
    ``captions`` a picture's caption

JS-built pages
    ``hydration`` bodies from shipped data · ``shippedtext`` one shipped string as blocks ·
    ``flight`` App Router flight data · ``appstate`` framework state · ``richtext`` CMS document
    trees · ``records`` the fields of the body's record

Page level
    ``metadata`` canonical URL, description, language, publisher, keywords, section ·
    ``pagetype`` article, listing or other · ``pagination``, ``pagemerge`` split articles ·
    ``overrides`` a site profile's selectors
"""
