"""Calls to action: the prompt that is the whole line goes, prose about subscribing stays."""

from __future__ import annotations

import pytest

from newscrawl.clean.cta import is_call_to_action


@pytest.mark.parametrize(
    "line",
    [
        # ad slots and the continuation notes around them
        "Advertisement",
        "ADVERTISING",
        "Advertisement - Page continues below",
        "Advertisement. Scroll to continue reading.",
        "Story Continues Below",
        # buttons and form labels, with their decoration
        "Read more",
        "Learn More ❯",
        "Subscribe now!",
        "Get started for free",
        "➡️ Download now",
        "Email Address*",
        "Enter email address",
        "Remember me for faster sign in",
        "Press enter or click to view image in full size",
        # account and paywall prompts
        "Already have an account? Log in",
        "You need to login or register to view and manage your bookmarks.",
        "This article is exclusive to Harbour+ subscribers",
        "Unlock this article — plus in-depth analysis, newsletters and news alerts.",
        "To read the rest of this story subscribe to Harbour+.",
        "Become a paid subscriber to Harbour Notes to unlock this piece and learn about:",
        "Become a Harbour Runner+ Member",
        "Read more of this content when you subscribe today.",
        "Trying to save your favourites? Log in, or create an account.",
        # newsletter boxes, before and after the click
        "Sign up for our newsletter for gardening tips, updates, and events",
        "🚀 Sign up for The Tideline newsletter",
        "Subscribe to Harbour Notes",
        "Join our mailing list!",
        "Was this newsletter forwarded to you? Sign up to get it in your inbox.",
        "Want more from Harbour Picks? Sign up for our newsletter, The Tideline, and shop smarter.",
        "The best of the Gazette, delivered to your inbox every morning",
        "Get our editors' picks texted right to your phone!",
        "Be the first to know!",
        "Thanks for subscribing! Look out for your first newsletter in your inbox soon!",
        "Awesome, you're subscribed!",
        "Thank you! Please check your inbox now for your welcome email.",
        "By clicking Sign Me Up, you confirm you are 16+ and agree to our Terms of Use.",
        "Thanks for reading Harbour Notes! This post is public so feel free to share it.",
        # follow us, get the app, start the trial
        "Follow us on Telegram, Facebook, Instagram and X for the latest news.",
        "*** Follow me on Instagram or Facebook for a daily moment of travel inspiration ***",
        "Get the Harbour Gazette app!",
        "Start your 14-day free trial with Tidebook today!",
        "30 day free trial, no credit card required",
        "If you like it, please share it!",
        # a feedback widget, a video player's and a like button's labels, a sign-in state
        "How useful was this post?",
        "Did you find this content helpful?",
        "Your video will play in 00:25",
        "Wait 1 second to continue.",
        "Like Loading…",
        "You are signed out",
        "This slideshow requires JavaScript.",
        # a rating widget's prompts, a caption toggle, a loading placeholder, a pin or source button
        "Was the article useful?",
        "We are sorry that this post was not useful for you!",
        "Let us improve this post!",
        "Tell us how we can improve this post?",
        "Average rating 4.5 / 5. Vote count: 12",
        "Show Caption",
        "Close",
        "Caption",
        "Loading...",
        "Enjoy the post? Pin it for later!",
        "PIN FOR LATER",
        "Add as a Reliable and Trusted News Source",
    ],
)
def test_calls_to_action_are_recognised(line: str) -> None:
    assert is_call_to_action(line)


@pytest.mark.parametrize(
    "line",
    [
        # prose that talks about subscriptions, accounts and apps
        "Subscriptions start at $149/month, which may be too expensive for some creators.",
        "I literally ghosted 100% of my new subscribers.",
        "Monthly subscription: US$14 per month",
        "Twitch audiences are sticky: once people subscribe or join a community, they often stay.",
        "The free app has a limited number of lessons; full access requires a paid subscription.",
        # a how-to step on the reader's own account or form
        "Log in to your Google Play Developer Console and click on “Create Application.”",
        "Download and complete the form, then submit it by fax.",
        "Enter your total guest count in cell B6.",
        "Join local networking groups.",
        "Register for gifts – set up wedding registries (3-4 places is common)",
        "Get your first three months for just $1 per month when you sign up",
        # a label that introduces what follows
        "Learn more:",
        "Read more about what social media marketing is and why you should learn it.",
        "If you enjoyed this article, the ultimate compliment is to share our work.",
        "Thank you for your interest in science!",
        "Facebook",
        "Did you find this useful information in the report?",
        "Was this the end?",
        "Play Time",
        "Like this:",
        "We are sorry for the delay, the ferry company said.",
        "Let us know what you think of the new terminal.",
        "Show caption text under every photo, the style guide says.",
        "Loading the ferry takes twenty minutes.",
        "Close to the quay, the new terminal rises.",
        "Caption contests are back this summer.",
        # Chinese prompts are the boilerplate promo rule's, and Chinese prose with the same words stays
        "已有帐号？马上登录",
        "从网站登录的技术层面来看，该网站仅支持IE6及以上版本的浏览器。",
        "不少年轻人下载了这款APP，用来记录每天的运动量。",
        "快点击这里了解一下！",
    ],
)
def test_prose_and_steps_stay(line: str) -> None:
    assert not is_call_to_action(line)


def test_a_long_line_is_prose_whatever_it_opens_with() -> None:
    pitch = "Sign up for our newsletter to enjoy the harbour without spending a thing"
    assert is_call_to_action(pitch)
    assert not is_call_to_action(pitch + ", " + "and read about the seawall works, " * 4)
