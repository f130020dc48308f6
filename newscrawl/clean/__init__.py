"""Cleaning: boilerplate and spam detection as pure functions over extracted blocks.

:mod:`~newscrawl.clean.page` runs both on every extraction. The modules (each module's docstring
says why it is apart):

Boilerplate lines
    ``boilerplate`` the rules' order and the cut · ``notices`` copyright, reprint, disclaimer and
    affiliate notices · ``furniture`` counters, credits, captions, share prompts · ``cta`` calls to
    action · ``credits`` the authors and outlet removed lines name

Spam
    ``spam`` ``clean_page`` (entry point) · ``evidence`` page-wide evidence, the farm score ·
    ``sitenames`` what the page calls its site · ``headline`` keywords glued to the headline ·
    ``inline`` keywords spliced into sentences · ``blocktext`` the body's text by offset, cuts ·
    ``proselinks`` keyword anchors inside sentences · ``vocab`` a farm's vocabulary ·
    ``stuffing`` hidden keyword dumps · ``farms`` link farms · ``anchors`` which of the article's
    links are spam · ``links`` a link's host, site and depth · ``site`` crawl-wide evidence per host

Shared
    ``text`` matching forms, tokens, separators · ``memo`` work shared on one page
"""
