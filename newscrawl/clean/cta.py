"""Calls to action left in the body: subscribe, sign in, get the newsletter, the app, the ad slot.

A site's sign-up box, paywall, login prompt and ad placeholder render as short lines
among the paragraphs (``Already have an account? Log in``, ``Sign up for our newsletter``,
``Advertisement - Page continues below``). Chinese pages word theirs differently
(``已有帐号？马上登录``, ``扫码关注``) and :mod:`newscrawl.clean.boilerplate`'s promo rule
knows them; this module reads the Latin-script ones. A line goes only when the
prompt *is* the line: a button or label by itself, or a short sentence that opens with
the imperative (sign up, subscribe, log in, follow us on …) and speaks the vocabulary of
accounts, inboxes and subscriptions. A paragraph about subscriptions (``Subscriptions
start at $149/month``, ``I ghosted my new subscribers``) is no imperative and stays; so
does a how-to step whose object is the reader's own task (``Log in to your developer
console``, ``Download the form``), since it names no account, newsletter or app of the site.
"""

from __future__ import annotations

import re

from newscrawl.extract.blocks import CJK_CHAR

# Longest line a call to action can be: a newsletter box's pitch runs to two clauses
# ("Sign up to our newsletter to enjoy …, as well as …"); prose is longer. The same as the
# other one-line rules' bound (furniture.MAX_SHORT_LINE), which only try shorter lines.
_MAX_LINE = 120
# Decoration a site puts around its prompt: emoji, arrows, brackets, asterisks. The common
# ones are stripped by ``str.strip`` (a prose line ends with one, its full stop); the regex
# runs only on what that leaves at an edge.
_EDGE_CHARS = " .,:;!?*+-–—|/»«›‹>→❯…•·()[]{}'\"“”‘’"
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
# The longest button or label line (_BARE): "Press enter or click to view image in full size".
_MAX_BARE = 60
_SOCIAL = (
    r"(?:facebook|twitter|x|instagram|telegram|youtube|tiktok|linkedin|pinterest|threads|bluesky|"
    r"whatsapp|snapchat|reddit|mastodon|google news|social(?: media)?)"
)
# A button or label that is the whole line (edges stripped, case ignored).
_BARE = re.compile(
    # An ad slot and the note that the article goes on under it.
    r"(?:advertisement|advertising|sponsored content)(?:\W+(?:(?:article|story|page|content) continues below|"
    r"scroll to continue(?: reading)?|continue reading below))?|"
    r"(?:article|story|page|content) continues (?:below|after (?:the )?(?:ad|advertisement))|"
    r"(?:scroll (?:down )?to continue|continue reading)(?: reading| below| with content)?|"
    # Buttons.
    r"(?:read|learn) more(?: here)?|read the full (?:story|article)|"
    r"(?:subscribe|sign up|join|register|download|buy|order|shop)(?: (?:now|today|here|for free))?|"
    r"subscribe for (?:updates|free)|log ?in|sign in|log ?out|sign out|"
    r"create (?:an |your )?(?:free )?account|"
    r"get (?:started|it now|the app|access)(?: (?:now|today|for free|free))?|"
    r"try (?:it )?(?:for )?free|start (?:your )?free trial|"
    r"be the first to know|don.t miss (?:out|a thing)|"
    r"never miss (?:a|an|another) (?:post|story|update|thing|issue)|"
    r"(?:follow|find|connect with) us(?: on)?(?: " + _SOCIAL + r")?|"
    # A sign-up form's own text: its field labels, "Remember me"; a picture viewer's hint.
    r"(?:enter |your |work )*e-?mail(?: address)?\*?|remember me(?: for faster sign ?in)?|"
    r"(?:press enter or )?(?:click|tap)(?: on)?(?: the| this)?(?: image| photo| picture)? to "
    r"(?:enlarge|expand|zoom|view (?:the )?(?:full )?(?:image|photo|picture)(?: in full size)?)|"
    r"click on a star to rate it|thanks for visiting|"
    # A video player's or gallery's controls and the like button, rendered as text.
    r"autoplay|full ?screen|play video|view photos|buy photo|wait \d+ seconds? to continue|"
    r"(?:(?:show|hide) )?captions?|close|loading|pin (?:it )?for later|"
    r"your video will (?:play|begin|start) in \d+:\d+|like loading(?:\.\.\.|…)?",
    re.I,
)
# Sentence-sized prompts, matched from the line's start (after its decoration).
_SHAPED = re.compile(
    # An account or paywall prompt: "Already have an account? Log in", "Not a member yet?".
    r"(?:already (?:have an account|a (?:subscriber|member|customer|user))|don.t have an account|"
    r"not (?:a )?(?:subscriber|member)(?: yet)?)\b|"
    r"(?:you (?:need|must|have) to|you must be|please) (?:be )?"
    r"(?:log ?in|logged in|sign(?:ed)? in|register|subscribe)|"
    r"(?:this|the) (?:article|story|content|post|piece|page|feature|newsletter) is "
    r"(?:exclusive|only available|available only|reserved|for (?:paid )?(?:subscribers|members))|"
    r"unlock (?:this|the full|full|unlimited) (?:article|story|piece|content|access)|"
    r"to (?:read|continue reading|access|unlock) (?:the rest of |the full |full )?(?:this|the) "
    r".{0,40}subscri|"
    r"become an? (?:paid |premium )?(?:subscriber|member|supporter|patron|insider)\b|"
    r"become an? .{1,30}\b(?:member|subscriber|insider)\W*$|"
    r"(?:read|access|get|unlock) .{0,40}when you (?:subscribe|sign up|join|become a (?:member|subscriber))\b|"
    r"(?:log ?in|sign in),? (?:or|and) (?:create|register|sign up)|"
    r"(?:log ?in|sign in|register|create an account) to (?:continue(?: reading)?$|comment|save|unlock|"
    r"(?:read|access|view) (?:this|the full|more|all)\b)|"
    # "Subscribe to our newsletter", "Sign up now for the Deals newsletter", "Sign up to get it in
    # your inbox": the imperative, then the subscription's vocabulary.
    r"(?:sign up|subscribe|opt in|join|register)(?: now| today| here| free| for free)?"
    r"(?: (?:to|for|and)\b.{0,80}?(?:newsletter|mailing list|email|inbox|updates|alerts|free|access|reading|"
    r"posts|trial)|"
    r" to (?:our|my|the)\b.{0,40}$)|"
    r"subscribe to (?:\S+ ){0,3}\S+$|"
    r"join (?:our|my|the) (?:free )?(?:\w+ )?(?:newsletter|mailing list|email list|list|community)\b|"
    r"get .{0,60}(?:to|in(?:to)?) your inbox|"
    r"(?:be sure|make sure|don.t forget) to (?:sign up|subscribe)\b|why not (?:sign up|subscribe)\b|"
    r"if you (?:like|liked|enjoy|enjoyed) (?:it|this|my|our)\b.{0,40}\b"
    r"please (?:feel free to )?(?:share|subscribe)|"
    # What the box says once it was used: thanks, check your inbox, the form's consent line.
    r"(?:thanks|thank you) for (?:subscribing|signing up|registering|downloading|joining|your feedback|"
    r"completing the survey)|"
    r"(?:thanks|thank you) for reading .{1,60}! .{0,30}(?:subscribe|share it|this post is public)|"
    r"(?:awesome|great|success|almost (?:done|there))\W+you.re (?:now )?(?:subscribed|signed up|in)|"
    r"(?:please )?check your (?:inbox|email)\b|"
    r"your (?:submission|message|request) (?:has been|was) (?:received|sent|submitted)|"
    r"please enter (?:a valid |your )?e-?mail|"
    r"(?:is )?this email not displaying correctly|view (?:this email|it) in your browser|"
    r"by (?:clicking|submitting|signing up|subscribing|registering)\b.{0,100}\b"
    r"(?:agree|acknowledge|consent|confirm)|"
    r"no votes so far|be the first to (?:rate|review|comment)|"
    # A feedback widget's question, a sign-in state, a script's fallback text.
    r"(?:how (?:useful|helpful) was|did you find|was) (?:this|the) (?:post|article|page|content|story|answer)"
    r"(?: (?:helpful|useful))?$|"
    r"we are sorry that this (?:post|article|page) was not useful|(?:let us|tell us how we can) improve this "
    r"(?:post|article|page)|average rating [\d.]+\s*/\s*5\W+vote count\b|"
    r"add (?:us )?as a (?:preferred|reliable|trusted)(?: and trusted)? (?:news )?source\b|"
    r"pin (?:it |this )?for later\b|"
    r"how was this (?:issue|newsletter|article|post)$|rate this (?:article|post|page|story)$|"
    r"you(?: are|.re) (?:now )?signed out|this (?:slideshow|video|content|page) requires javascript|"
    r"discover more from \S.{0,60}$|"
    # Follow us, get the app, start the trial.
    r"(?:follow|join) (?:us|me|\w+)(?: \w+)? on " + _SOCIAL + r"\b|"
    r"follow on " + _SOCIAL + r"\b|"
    r"(?:download|get) (?:the|our) (?:free )?(?:\w+ ){0,3}app\b|"
    r"start your (?:\d+[- ]day )?free trial|"
    r"(?:\d+[- ]day )?(?:risk[- ])?free trial\W+(?:no credit card|credit card not) required|"
    r"sign up (?:and|now|today)\b|"
    r"read more (?:news|stories|articles) like this|"
    r"click here to (?:subscribe|read the|sign up|download)",
    re.I,
)
# Every prompt of _BARE and _SHAPED opens with one of these words (or a number: "30 day free
# trial"); one set lookup rules out nine lines in ten before the patterns run.
_OPENERS = frozenset(
    (
        *("advertisement", "advertising", "sponsored", "article", "story", "page", "content", "scroll"),
        *("continue", "read", "learn", "subscribe", "sign", "join", "register", "download", "buy"),
        *("order", "shop", "log", "login", "logout", "create", "get", "try", "start", "be", "don't"),
        *("don’t", "never", "follow", "find", "connect", "enter", "your", "work", "e-mail", "email"),
        *("remember", "press", "click", "tap", "thanks", "thank", "already", "not", "you", "please"),
        *("this", "the", "unlock", "to", "become", "access", "make", "why", "if", "opt", "is", "view"),
        *("by", "free", "risk-free", "no", "awesome", "great", "success", "almost", "check"),
        *("autoplay", "full", "fullscreen", "play", "wait", "like", "how", "did", "was", "rate"),
        *("you're", "you’re", "discover", "show", "hide", "loading", "pin", "we", "let", "tell"),
        *("average", "add", "caption", "close"),
    )
)
# A question or exclamation the prompt opens with before its imperative ("Want more from us?
# Sign up …", "Thank you! Please check your inbox …"): the imperative is what counts.
_LEAD = re.compile(r"^[^.?!]{3,70}[?!]\s+")
# A delivery that ends a pitch: "… delivered to your inbox every morning", "… texted right to
# your phone!".
_DELIVERED = re.compile(
    r"(?:delivered|sent|texted) (?:straight |right |directly )?(?:to|in(?:to)?) your (?:inbox|phone)", re.I
)


def is_call_to_action(text: str) -> bool:
    """A subscribe / sign-in / newsletter / app / ad-slot prompt that is the whole line.

    >>> is_call_to_action("Already have an account? Log in"), is_call_to_action("Advertisement")
    (True, True)
    >>> is_call_to_action("Subscriptions start at $149/month, which may be too expensive for some.")
    False
    """
    if len(text) > _MAX_LINE:
        return False
    if not text.isascii() and CJK_CHAR.search(text):  # Chinese prompts: boilerplate's promo rule
        return False
    core = text.strip(_EDGE_CHARS)
    if core and not (core[0].isalnum() and core[-1].isalnum()):
        core = _EDGE.sub("", core)
    if not core:
        return False
    if _opens_prompt(core) and (
        _SHAPED.match(core) or (len(core) <= _MAX_BARE and _BARE.fullmatch(core) and not text.endswith(":"))
    ):
        return True
    lead = ("?" in core or "!" in core) and _LEAD.match(core)
    if (
        lead
        and _opens_prompt(core[lead.end() :])
        and (_SHAPED.match(core, lead.end()) or _BARE.fullmatch(core, lead.end()))
    ):
        return True
    return ("inbox" in text or "phone" in text) and len(text) <= 100 and bool(_DELIVERED.search(text))


def _opens_prompt(core: str) -> bool:
    """Whether ``core`` opens with a word some prompt opens with (see ``_OPENERS``).

    >>> _opens_prompt("Subscribe!"), _opens_prompt("30 day free trial"), _opens_prompt("Harbour news")
    (True, True, False)
    """
    first = core.partition(" ")[0].lower().rstrip(",.!?:;")
    return first in _OPENERS or first[:1].isdigit()
