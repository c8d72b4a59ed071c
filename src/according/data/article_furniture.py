"""Page furniture as data: families of lines that belong to the web page, not the story.

Each family is a list of patterns matched at the start of a stripped line, case-insensitive;
most must match the whole line ($), so a story sentence that merely begins with the same
words ("Sign up to the scheme was voluntary.") is not taken. `according.article` reads these;
nothing here runs code beyond compiling the patterns once at import.
"""

from __future__ import annotations

import re

from according.data.article_captures import CAPTURE_FAMILIES
from according.data.article_carriers import CARRIER_FAMILIES
from according.data.article_copies import COPY_FAMILIES

_SOCIAL = r"(?:facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|flipboard|email|e-mail|print" \
          r"|messenger|telegram|copy link|copy|link copied|bluesky|threads|sms)"

# a breadcrumb's segment ("World", "Middle East"), its separators, and the section words a
# breadcrumb ends on (the section words the headline reader knows, and a live page's)
_CRUMB = r"[^\W\d_][\w&'’.-]*(?: [^\W\d_][\w&'’.-]*){0,2}"
_CRUMB_SEP = r"\s*[|›>»/]\s*"
_CRUMB_SECTION = (r"(?:opinion|business|politics|sports?|world|news|analysis|comment|culture"
                  r"|health|science|technology|tech|entertainment|lifestyle|travel|economy"
                  r"|markets|money|video|editorial|features?|local|national|international"
                  r"|latest|world news|top stories|environment|climate|education|crime"
                  r"|weather|nation|metro|live|live blog|live updates|live news)")
FURNITURE_FAMILIES: dict[str, tuple[str, ...]] = {
    "newsletter": (
        r"sign up (?:to|for)\b", r"sign up( now| here)?[.!]?$",
        # (round 36: "Subscribe now for full access …" is a paywall's, read whole below)
        r"subscribe (?:to|now)\b(?! for (?:full|unlimited|complete) access\b)",
        r"get (?:our|the) .{0,60}newsletter", r"get the latest .{0,80}(?:sign|signing) up",
        r".{0,150}\bsign up (?:to receive|for) (?:our|the)\b.{0,60}newsletter",
        r".{0,60}\bby signing up for\b", r"get .{0,60} direct to your inbox",
        r"(?:free )?(?:daily|weekly) newsletter(?:$|\s+(?:receive|get)\b.{0,80}$)",
        r"get .{0,80}\b(?:in|into|to) your inbox[.!]?$", r"this field is required\.?$",
        # "Get Brussels Times' daily newsletter and never miss a story.", "Join our free Tico
        # Times newsletter"
        r"get (?-i:[A-Z])[\w'’ .&-]{1,40}\bnewsletters?\b.{0,80}$",
        r"join our (?:free )?(?:[\w'’&-]+ ){0,5}newsletters?[.!]?$",
        r"thank you for (?:signing up|subscribing)",
        r"stay (?:up[- ]to[- ]date|updated|informed) with (?:the|our) latest (?:news|stories"
        r"|updates|headlines)[.!]?$",
        r"you(?:'|’)re (?:all )?signed up", r"want more of our free",
        r"explore all your options$", r"the i newsletter", r"newsletters? may contain",
        r"privacy notice:", r"after newsletter promotion$",
        r"by submitting your (?:information|email)",
        r"by providing (?:an|your) e-?mail address\b",
        r"(?:please )?enter (?:a |an |your )?(?:valid )?e-?mail", r"invalid email",
        r"something went wrong, please try again",
        r"thanks for (?:signing up|subscribing)", r"keep an eye on your inbox",
        r"there was an error processing your (?:subscription|request|sign-?up)",
        r"get .{0,80}\b(?:delivered|sent) (?:(?:straight |right )?to your (?:inbox|email|mailbox)"
        r"|through your letterbox)",
        r"get the day(?:'|’)s (?:top|big|biggest|best) (?:stories|headlines|news)\b",
        r"get .{0,60}\bby e-?mail\b.{0,80}\bsign(?:ing)? up\b",
        r"never miss .{0,80}\b(?:sign(?:ing)? up|subscrib)", r"do you want to be informed\b",
        r"(?:[\w'’&!.-]+ ){1,4}newsletters?$",
        r".{0,300}[.!–—-]\s+(?:explore|download|subscribe|install|shop|try it) now[.!]?$",
        r"get (?:the )?(?:latest|current|live|all the latest) (?:news|updates) on\b.{0,150}$",
        # a signup form's privacy lines: "This site is protected by reCAPTCHA and the Google
        # Privacy Policy …", "We care about the protection of your data. Read our Privacy Policy."
        r"this (?:site|form|page) is protected by recaptcha\b",
        # "To stay ahead with the latest updates, subscribe for free. Subscribe here."
        r"to stay (?:ahead|informed|updated|up[- ]to[- ]date)\b.{0,80}\bsubscribe\b.{0,60}$",
        r"we care about (?:the protection of )?your (?:data|privacy)\b",
        # round 16's prompts: "Don't miss the latest headlines with our twice-daily newsletter
        # - sign up here." (The Press and Journal), "Want stories like this in your inbox?"
        # (New Age)
        r"don(?:'|’)t miss .{0,80}\bnewsletter\b.{0,40}\bsign up\b.{0,20}$",
        r"want (?:more )?stories like this in your inbox\??$",
    ),
    "consent": (
        r"we use cookies", r"(?:this|our) (?:site|website) uses cookies", r"we value your privacy",
        r"we and our partners", r"let us know you agree to cookies",
        r"by (?:clicking|continuing(?: to (?:use|browse))?|using (?:this|our) (?:site|website))",
        r"accept (?:all )?(?:cookies)?$",
        r"(?:i accept|yes, i agree|yes, i(?:'|’)m happy|reject all"
        r"|manage (?:cookies|preferences|settings)|cookie (?:policy|settings|preferences))\.?$",
        r"no, take me to settings$",
        # a portal's footer links: Yahoo's "Terms and Privacy Policy", "Privacy Dashboard"
        r"terms (?:and|&) privacy policy$", r"privacy dashboard$",
    ),
    "community": (
        r"report (?:a |this )?comment$",
        r"join our commenting forum", r"join (?:the|our) conversation",
        r"join thought-provoking conversations", r"(?:show|view|hide) comments",
        # round 34: a pointer to the house's other products, whatever it says of them ("Click
        # here to see ISW’s interactive map of … This map is updated daily …")
        r"click here to (?:see|view|read|access|explore|download|open|watch|find)\b.{0,300}$",
        r"click here\b",
        r"tell us what you think\W{0,4}$", r"like this story\?\s*share it\b",
        r"we(?:'|’)?(?:d| would)? (?:want|like|love) to hear what you think",
        r"submit (?:your|a) letter to the editor",
        r"(?:note: )?we are (?:temporarily )?moderating (?:all )?comments",
        r"comments? (?:are|is) (?:now )?closed", r"read our privacy (?:notice|policy)",
        r"privacy (?:policy|notice)$", r"terms (?:of (?:use|service)|and conditions)$",
        # the whole of a comment policy: its rules ("… will be removed") are no story verbs
        r"keep (?:your )?comments (?:relevant|civil|on[- ]topic)\b[^.]{0,60}\.(?:\s.{0,500})?$",
        r"comments are (?:pre-?)?moderated\b.{0,200}$",
        r"comments (?:have to|must|should) be (?:in english|civil|relevant|on[- ]topic)\b.{0,300}$",
        r".{0,80}\bcomments? faq\.?$",
        # the page's corrections and standards links: "Report an error", "Editorial standards
        # and policies"
        r"report an? (?:editorial |technical )?(?:error|typo|mistake|correction|issue|problem)$",
        r"editorial (?:code of conduct|standards|guidelines|policies|values)(?: (?:and|&) "
        r"(?:policies|practices|standards|guidelines))?$",
        # a blog's comment form: "Leave a Reply Cancel reply", "Your email address will not be
        # published. Required fields are marked *"
        r"leave a (?:reply|comment)\b.{0,40}$",
        # a comment form's notices: "* Comment will be published after moderation.", "Become a
        # Member to leave a comment.Or log in here.", "Join Our Community"
        r"\*?\s*(?:your )?comments? (?:will be|is|are) (?:published|posted|shown|visible) "
        r"(?:only )?after (?:moderation|approval|review)\b.{0,80}$",
        r"(?:become a (?:member|subscriber)|subscribe|log ?in|sign in|register) to "
        r"(?:leave|post|add|read|view|join) (?:a |the )?(?:comments?|conversation|discussion)\b"
        r".{0,60}$",
        r"join (?:our|the) community$",
        # "Conversations are opinions of our readers and are subject to the Code of Conduct."
        r"conversations are opinions of our readers\b.{0,200}$",
        r"your e-?mail address will not be published\b.{0,100}$",
        # round 36: a blog theme's comment form, "Please enter your comment!" / "Please enter
        # your name here"
        r"please enter your (?:comment|name|e-?mail(?: address)?|website)(?: here)?\W{0,3}$",
    ),
    "navigation": (
        r"skip to (?:main )?content", r"skip to navigation", r"skip advertisement$",
        r"(?:menu|search|home|close|back to top|next|previous|more)(?:…|\.{3})?$",
        r"loading\.{0,3}$",
        # a story page's way back to its list: "Back to overview" (Radio Dabanga)
        r"back to (?:the )?(?:overview|list|index|all news|news|homepage|home page|top)$",
        # a page's other languages: "Also available in Français العربية" (Crisis Group)
        r"(?:also )?available in(?: (?:english|français|french|arabic|español|spanish|русский"
        r"|russian|العربية|中文|chinese|deutsch|german|português|portuguese)\b){1,6}\W*$",
        # a live blog's link to its earlier days: "Catch up on our previous coverage here"
        r"(?:catch up on|read|see|follow) (?:all )?(?:of )?(?:our|the) (?:previous|earlier"
        r"|yesterday(?:'|’)s|full|live) (?:coverage|updates|live blog|posts)\b.{0,40}$",
        # a copied menu's buttons and search box: "Toggle Menu", "Open Navigation", "Please
        # enter a search term." (Nexstar's station sites)
        r"(?:toggle|open|close) (?:the )?(?:menu|navigation|search)$",
        r"please enter a search term\.?$",
        # round 34: UN sites' banner and UN News's tagline ("Welcome to the United Nations",
        # "Global perspective Human stories"), a search box's second button
        r"welcome to the united nations$", r"global perspective,? human stories$",
        r"advanced search$",
    ),
    "buttons": (
        rf"(?:share|save|bookmark|follow|gift|comment|comments|listen)(?: us)?(?:\s+{_SOCIAL})*"
        r"\s*:?$",
        r"(?:kindly |please )?share this (?:story|article|post|page)\s*:?$",
        # issue 9 (stranger trial 8): a share or follow prompt and its platforms on one line,
        # split by bars, commas or dots: "Share this: Facebook | Twitter | WhatsApp",
        # "Follow us on: Facebook, X"
        rf"(?:share|follow(?: us)?)(?: this(?: story| article| post| page)?)?(?: on| via)?\s*:"
        rf"\s*{_SOCIAL}(?:\s*[|,·•/]?\s*{_SOCIAL})*$",
        r"click (?:to|here to) (?:expand|enlarge|view) (?:the )?(?:image|photo|picture|gallery)$",
        rf"{_SOCIAL}(?:\s+{_SOCIAL})*$", r"count$", r"comments? \(?\d+\)?$", r"\d+ comments?$",
        r"share (?:this|full) (?:article|story)", r"share this:?$", r"share on\b",
        r"click here to share", r"gift (?:this )?article$", r"save articles to read later",
        # round 34: HRW's row under its four share lines
        r"more sharing options$",
        r"listen(?: to this article)?(?:\s*[·|•-]\s*\d+\s*min(?:ute)?s?)?$",
        r"\d+-minute listen$", r"listen · \d+:\d{2}$", r"\d{1,2}:\d{2}(?:\s*/\s*\d{1,2}:\d{2})?$",
        r"playlist$", r"transcript$", r"toggle more options$", r"download$", r"embed$",
        r"listen in (?:english|arabic|french)$", r"text settings$", r"story text$",
        r"size small standard large$", r"width \* standard wide$", r"links standard orange$",
        r"\* subscribers only", r"minimize to nav$", r"print this (?:article|page)$",
        r"copied!?$", r"see all (?:photos|comments)$", r"\d+ min read$",
        r"(?:estimated )?read(?:ing)? time:? \d+(?:\s*[-–]\s*\d+)? min",
        r"share\s*(?:&|and)\s*save\W*$",
        # round 16: "Tweet" under Business Recorder's share row, NST's "Click to view" over
        # a gallery, IPS's "Follow @IPSNewsUNBureau"
        r"tweet$", r"click to view$", r"follow @\w+$",
        r"translate$", r"a\+?a$", r"\+?\s*text size$", r"(?:small|medium|large|x-large)$",
        r"(?:normal|default|larger?|smaller?|very large|extra large) text size$",
        r"(?:read later|save for later|remove|see all|view all|show more|load more|see less"
        r"|show less|read less|social sharing)$",
        r"share this page$", r"follow (?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})$",
        r"(?:find|follow|join) (?:us|(?-i:[A-Z][\w .'’-]{1,40})) on (?:whatsapp|telegram|instagram"
        r"|google news|facebook|x|twitter|youtube|tiktok|threads|bluesky)\b",
        r"(?:join|follow) .{0,40}\b(?:whatsapp|telegram) (?:channel|community|group)\b",
        # "Click to share on X (Opens in new window)"
        r"click to (?:share|print|e-?mail)\b.{0,60}$", r"share (?:via|by) (?:e-?mail|sms|text)$",
        # an author card's handle and its button: "@ktdeclerq Contact"
        r"@\w{2,30}\s+(?:contact|follow|e-?mail)$",
        r"(?:author|profile|byline) (?:thumbnail|image|photo|picture|avatar)$",
        r"(?:keep up|stay (?:up[- ]to[- ]date|updated|informed|connected)) with .{0,80}\bon "
        r"(?:google news|whatsapp|telegram|x|twitter|facebook|instagram|youtube)\b.{0,20}$",
        r"(?:get|receive) .{0,30}\b(?:whatsapp|telegram|push|breaking news) (?:alerts|updates"
        r"|notifications) from\b",
        # a follow prompt closing a sentence of promise: "Get the latest news and updates from
        # Pakistan and around the world. Follow Geo News on WhatsApp."; "Kuwait Times is now on
        # WhatsApp. Stay updated with the latest news from Kuwait."
        r".{0,150}[.!]\s+(?:follow|join) (?:us|(?-i:[A-Z])[\w .&'’-]{1,40}) on (?:whatsapp"
        r"|telegram|google news|instagram|facebook|x|twitter|youtube|tiktok)\b[^.!?]{0,40}[.!]?$",
        r"(?-i:[A-Z])[\w .&'’-]{1,40} is (?:now )?on (?:whatsapp|telegram|google news"
        r"|instagram|youtube|tiktok)[.!]?(?:\s(?:stay|follow|join|click|tap|subscribe|get)\b"
        r".{0,120})?$",
        # round 17: the same prompts under a shouted label (Legit.ng's "PAY ATTENTION:
        # Legit.ng is now on Telegram! Join our channel …", "PAY ATTENTION: Follow us on
        # Instagram - get the most important news …")
        r"(?-i:[A-Z]{2,}(?: [A-Z]{2,}){0,3}):\s+(?:(?-i:[A-Z])[\w .&'’-]{1,40} is (?:now )?on "
        r"(?:whatsapp|telegram|google news|instagram|youtube|tiktok)\b|(?:click|tap)\b"
        r"|(?:follow|join|subscribe to) (?:us|our)\b|download (?:the|our)\b).{0,200}$",
        # a reprint site's buttons under the stamp (Barron's "Share" / "Resize" / "Reprints")
        r"resize$", r"reprints?$",
        # a view or comment counter in thousands with a decimal alone on its line ("8.2k"); a
        # whole number ("12", "10k") only under the stamp (header.COUNTER_LINE): among the
        # paragraphs, or as a text of its own, it is a recipe's, a list's or a race's
        r"\d{1,3}[.,]\dk$",
        # a share row's copy button, alone or naming what it copies: "Click to copy URL"
        r"click to copy(?: (?:the )?(?:url|link|address))?$",
    ),
    "advertisement": (
        r"advertisement$", r"advertisement - scroll to continue", r"ad feedback$", r"text ad:",
        r"sponsored(?: content)?$", r"story continues (?:below|after) (?:this )?advertisement",
        r"(?:advertisement - )?scroll to continue", r"supported by$", r"ads? by\b", r"promoted$",
        r"advertise with (?:us|[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})$",
        # Hearst's "Article continues below this ad"; National World's "Hide Ad"
        r"(?:article|story) continues (?:below|after) (?:this )?(?:ad|advert|advertisement)$",
        r"hide ad$",
        # Postmedia's label between a story's paragraphs, over each ad slot
        r"article content$",
    ),
    "paywall": (
        r"subscribe (?:to|for) .{0,60}(?:read|access|continue)", r"already (?:a subscriber|have an "
        r"account|registered)", r"subscribe for \$", r"this (?:article|story|content) is (?:for|"
        r"only available to) (?:subscribers|members)", r"you(?:'|’)ve reached your",
        r"you have reached your", r"support (?:free-thinking|independent|our|\S+(?:'|’)?s?) "
        r"journalism", r"support [A-Z ]{3,30}(?:'|’)S? journalism", r"good journalism costs",
        r"for continued free access", r"did you know with a digital subscription",
        # a reader-funded site's box (Nation.Cymru): "Support our Nation today" / "For the
        # price of a cup of coffee a month you can help us create …"
        r"support our [\w.'’ -]{1,30} today[.!]?$",
        r"for the price of a (?:cup of )?coffee (?:a|per) (?:month|week),? you can help\b.{0,300}$",
        r"learn more$", r"get unlimited access", r"register for free",
        # Postmedia's "You can save this article by registering for free here."
        r"you can save this (?:article|story) by (?:registering|signing (?:up|in))\b",
        r"log ?in to\b",
        r"log ?in,? (?:or )?register", r"log ?in, register or subscribe",
        r"create an account", r"sign in$", r"subscribe$", r"donate(?: now| today)?$",
        r"support us$",
        # "Support the Tico Times" (a button: no sentence), "Our journalism needs your support.
        # Subscribe today to OregonLive.com."
        r"support (?:the )?(?-i:[A-Z])[\w'’&. ]{1,40}$",
        r"(?:our|your|local|quality|independent) journalism needs your support\b.{0,120}$",
        # a metered wall's choices: "Read this article for free:" / "or" / "Already have …"
        r"or$",
        # "Support UP or become our patron!"
        r"(?:support|back) .{1,40} (?:or|and) become (?:our|a|an) (?:patron|member|supporter"
        r"|subscriber|donor)\b.{0,40}$",
        # a reader-funded newsroom's appeal signed by the writer: "Note from the author:" / "Hi,
        # this is Jane Doe. I wrote this story for you. … Become a member today …"
        r"(?:a )?note from (?:the|our) (?:author|editor|editors|newsroom|reporter)s?:?$",
        r"hi,? (?:this is|i(?:'|’)m) (?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3})\.\s+"
        r"i (?:wrote|reported|edited|covered) this (?:story|article|piece)\b.{0,600}$",
        r".{0,150}\bbecome a (?:paying )?(?:subscriber|member|supporter) (?:to|and) support "
        r"(?:us|our (?:work|journalism))\b",
        r"your (?:tax[- ]deductible )?(?:gift|donation|support) (?:can|will) help\b",
        r"our mission is to deliver", r"want an ad-free", r"thank you for registering",
        r"please refresh (?:the page|your browser)", r"we(?:'|’)d like to notify you",
        r"if you (?:enjoyed|liked|value) this (?:article|story),? .{0,100}\b(?:join|subscribe"
        r"|become a (?:member|subscriber)|support us)\b",
        r"get access to .{0,100}\bfor as little as\b",
        r"to (?:view|read|continue reading) the (?:full|rest of the) (?:story|article),? please "
        r"(?:subscribe|log ?in|sign in)", r"if you(?:'|’)re seeing this message\b",
        r"first-time subscribers\b",
        r".{0,120}\b(?:offered|available) (?:only )?to (?:our )?(?:subscribers|members)\b",
        r"(?:please )?contact us for subscription", r"for subscribers$",
        # "Independent journalism costs money. Support Times of Malta for the price of a coffee."
        r"(?:independent|quality|good|real) journalism costs (?:money|time)\b.{0,200}$",
        # a reader-funded newsroom's appeal: "CPR News relies on your support. Donate now …",
        # TheJournal.ie's "Readers like you are keeping these stories free for everyone...", "A
        # mix of advertising and supporting contributions helps keep paywalls away …" and its
        # buttons "Learn More Support The Journal"
        r"(?-i:[A-Z])[\w .&'’-]{1,40} (?:relies|depends) on (?:your|reader|listener|member)s?"
        r"(?:'|’)? (?:support|donations|contributions)\b.{0,200}$",
        r"readers like you (?:are |have )?(?:keep|keeping|make|making|help|helping|support"
        r"|supporting|fund|funding)\b.{0,200}$",
        r".{0,120}\bhelps? keep paywalls? away\b.{0,400}$",
        r"learn more\s+support (?:the )?(?-i:[A-Z])[\w'’&. ]{1,40}$",
        # an appeal that opens with a question or a claim about journalism: "Enjoying this
        # article? Click here to subscribe …", "Local, independent journalism is more important
        # than ever. Support InDaily …", "India needs fair, non-hyphenated and questioning
        # journalism, packed with on-ground reporting. ThePrint – …"
        r"(?:enjoying|enjoyed|like|liked) this (?:article|story)\?.{0,200}$",
        r"(?!.*\b(?:said|says|told)\b)[\w ,-]{0,40}\bjournalism is (?:more important|needed) "
        r"(?:than ever|now)\b.{0,200}$",
        r"(?-i:[A-Z])[\w ]{1,30} needs (?:[\w-]+,? ){1,5}journalism\b.{0,400}$",
        # a newsroom's letter to its readers: "A Message from The Moscow Times:" / "Dear
        # readers," / "We are facing unprecedented challenges. … Support us today."
        r"a (?:message|note|letter) from (?:the )?(?-i:[A-Z])[\w .&'’-]{1,40}:?$",
        r"dear (?:readers?|subscribers?|listeners|friends)[,:!]?$",
        r"(?!.*\b(?:said|says|told|urges?|urged|reads?|wrote|writes)\b)(?!.*[”\"]$)"
        r".{0,600}[.!]\s+(?:please )?(?:support|back|donate to)"
        r" (?:us|our (?:work|journalism)|(?-i:[A-Z])[\w .&'’-]{1,40}) (?:today|now)\b.{0,120}$",
        # "Radio Dabanga’s editorial independence means … Please consider supporting Radio
        # Dabanga to ensure that we can continue our work."
        r"(?!.*\b(?:said|says|told)\b).{0,400}\bplease consider (?:supporting|donating to"
        r"|subscribing to|making a (?:donation|contribution) to|a (?:donation|contribution) to)"
        r" (?:us\b|our\b|(?-i:[A-Z])).{0,200}$",
        # a metered wall's offer: "Continue reading this article for free. Register or log in to
        # read more.", "Unlock unlimited access to local news. Subscribe now for $1 a week."
        # round 36: a paywall's notice inside the story ("This article is exclusive to
        # Zitamar News subscribers." / "Subscribe now for full access to …") and reader
        # appeals ("You could close this page. Or you could join our community …", "… our
        # small, cost-effective team depends on the support of readers like you …", "Our
        # journalism is made possible by the support of our readers.", "Keep Mada’s lights on")
        r"this (?:article|story|content|report) is exclusive to (?:[\w .&'’-]{1,40} )?"
        r"(?:subscribers|members)\.?$",
        r"subscribe (?:now|today) for (?:full|unlimited|complete) access\b.{0,200}$",
        r"you could close this (?:page|tab|window)\b.{0,300}$",
        r"(?!.*\b(?:said|says|told)\b).{0,400}\b(?:depends?|relies|rely) on the support of "
        r"(?:readers|people|listeners|members|viewers) like you\b.{0,400}$",
        r"(?!.*\b(?:said|says|told)\b).{0,300}\bour (?:journalism|reporting|work) is "
        r"(?:made possible|funded|sustained) by (?:the support of )?our (?:readers|members"
        r"|listeners|supporters)\b.{0,300}$",
        r"keep (?:(?-i:[A-Z])[\w.-]*(?:'|’)s|our|the) lights on[.!]?$",
        r"continue reading (?:this|the) (?:article|story) for free\b.{0,120}$",
        r"unlock (?:unlimited|full|all) access\b.{0,40}[.!]\s*(?:subscribe|register|sign up"
        r"|start)\b.{0,80}$",
    ),
    "promotion": (
        r".{0,200}\bsecure your (?:spot|seat|place|ticket|pass)\b",
        r"(?:register|book) (?:now|today)\b.{0,80}$",
        # a trade site's lead magnet: The Register's "Get our Tech Resources"
        r"get our (?:[\w-]+ ){0,3}(?:resources|whitepapers|white papers|ebooks?)$",
    ),
    "app": (
        r"(?:download|get) (?:the|our) .{0,40}\bapp\b", r"download the .{0,40} app for",
        r"for the latest .{0,80}\bdownload (?:the|our) .{0,40}\bapps?\b",
        # the prompt after a site's own line: "Catch all the Business News … on Live Mint.
        # Download The Mint News App to get Daily Market Updates."
        r".{0,300}[.!]\s+download (?:the|our) .{0,40}\bapps?\b.{0,80}$",
        r"(?:for the latest (?:news|updates|stories)\b.{0,40}?,\s*)?follow us on\b.{0,80}$",
        r"please turn on javascript", r"please enable javascript", r"your browser does not support",
        # a radio station's prompt: "Listen to Newstalk live"
        r"listen to (?-i:[A-Z])[\w .&'’-]{1,30} live$",
        # round 17: a broadcaster's podcast prompt under the story ("Listen to the ERR News
        # podcast on Spotify, Apple Podcasts and other platforms.")
        r"(?:listen to|subscribe to|follow) (?:the |our )?(?:[\w.&'’-]+ ){0,5}podcasts? on "
        r"(?:spotify|apple podcasts|google podcasts|youtube|soundcloud|amazon music|"
        r"podcast apps?)\b[^.!?]{0,80}[.!]?$",
    ),
    "topics": (
        # a space before the colon as some Indian sites print it: "Topics : ISRO | Satellite"
        r"topics?\s*:", r"tags?\s*:", r"filed under:?", r"(?:read )?related topics?:?$",
        # "Read more about: Kremlin, Ukraine war" (The Moscow Times)
        r"read more about\s*:",
        r"explore more on these topics$",
        r"suggested topics:?$", r"more about:?$", r"categories:", r"category\s*:",
        r"topics?$", r"themes?$",
        # a row of hashtags: "#Museveni #Lake Victoria #Fishing"
        r"#\w[\w'’-]*(?: [\w'’-]+){0,3}(?:\s+#\w[\w'’-]*(?: [\w'’-]+){0,3})+$",
        r"regions?(?:\s*/\s*countr(?:y|ies))?$",
        # The Register's "Similar topics" / "Narrower topics" / "Broader topics" over one topic
        # a line; a portal's "In this article:" over its ticker or team codes
        r"(?:similar|narrower|broader|more|other) topics:?$", r"in this (?:article|story):?$",
        # a breadcrumb or tag row joined by slashes: "Bangladesh / Top News / Economy",
        # "Garment exports / RMG / BGMEA / EPB" (three short items at least, no sentence)
        r"[\w&'’-]+(?: [\w&'’-]+){0,3}(?: / [\w&'’-]+(?: [\w&'’-]+){0,3}){2,}$",
        # a breadcrumb row joined by guillemets or arrows: "Home » Gardening » Vines"
        r"[\w&'’-]+(?: [\w&'’-]+){0,3}(?:\s*[»→]\s*[\w&'’-]+(?: [\w&'’-]+){0,3}){1,}$",
        # stranger trial 7: a breadcrumb row joined by bars or angles, from the home page
        # ("Home | World | Kaldoria | Live", "Home › News") or down to a section's page
        # ("World > Europe > Live"): short segments of words, no figure, no sentence
        rf"(?:home|homepage|home page|front page)(?:{_CRUMB_SEP}{_CRUMB}){{2,}}$",
        rf"(?:home|homepage|home page|front page){_CRUMB_SEP}{_CRUMB_SECTION}$",
        rf"{_CRUMB}(?:{_CRUMB_SEP}{_CRUMB}){{1,}}{_CRUMB_SEP}{_CRUMB_SECTION}$",
    ),
    "licensing": (
        r"reuse this content$", r"our standards: the thomson reuters trust principles",
        # a nonprofit's funders note and its reprint button: "Disclosure: The University of
        # Texas at Austin has been a financial supporter of The Texas Tribune …", "Republish
        # this story"
        r"disclosures?:\s+\S.{0,800}\b(?:financial supporters?|funders?|sponsors?|donors?)\b"
        r".{0,400}$",
        r"republish (?:this|our) (?:story|article|content)$",
        # an agency's terms for quoting it: "When citing and using any materials on the
        # Internet, links to the website ukrinform.net not lower than the first paragraph are
        # mandatory. …"
        r"(?!.*\b(?:said|says|told)\b)when (?:citing|quoting|reprinting|using)\b.{0,80}"
        r"\b(?:materials?|content|articles?|information|publications?|texts?)\b.{0,80}"
        r"\b(?:links?|hyperlinks?|references?) to\b.{0,600}$",
        r"licen[cs]e this (?:article|content|story)$",
        r"(?:reprints?|permissions?|licensing) (?:&|and) (?:permissions?|reprints?|licensing)$",
        r"disclaimer:?$",
        # a site's disclaimer over readers' contributions, its label first ("DISCLAIMER: The
        # Views, Comments, Opinions, Contributions and Statements made by Readers and
        # Contributors on this platform do not necessarily represent …", MyJoyOnline)
        r"disclaimer\s*:\s+\S.{0,600}$",
        r"(?:the )?(?:comments|views|opinions) expressed (?:here|in this|on this|by)\b",
        r"originally published as\b",
        r"purchase licensing rights", r"this article is republished from\b",
        r"licensed as creative commons", r"read the original article\.?$",
        # a non-profit's republishing terms: "You may republish this article, so long as you
        # credit the authors …", "We put an invisible pixel in the article so that we can count
        # traffic to republishers. …"
        r"you (?:may|can|are (?:free|welcome) to) republish this (?:article|story|content)\b"
        r".{0,400}$",
        r"we (?:put|include|use) an invisible (?:tracking )?pixel\b.{0,800}$",
        r".{0,200}\bto learn more about republishing this content\b",
        r"this copy is for your personal,? non-?commercial use",
        r"this (?:article|story|content) is the copyrighted property of",
        r"written permission must be obtained", r"(?:©|\(c\))\s*\d{4}\b",
        r"this (?:post|article|page) contains (?:references to products|affiliate links)",
        r"copyright\s+(?:©\s*)?(?:\d{4}|[A-Z])", r"©\s*(?:copyright\s*)?\d{4}",
        r"all rights reserved",
        # round 36: the holder before the reservation, no sign: "Pajhwok Afghan News. All
        # rights reserved."
        r"(?-i:[A-Z])[\w .&'’-]{1,60}[.,]\s+all rights reserved\.?$",
        r"this material may not be published, broadcast", r"this website and associated newspapers"
        r" adhere", r"(?:©|\(c\))\s*[A-Z]", r"the bbc is not responsible",
        r"you can find our community guidelines", r"why you can trust\b",
        r"the post .{3,300} appeared first on .{2,80}\.?$",
        r"when you purchase through links on our site",
        r"if you (?:purchase|buy) (?:a product|something)\b.{0,80}\bthrough (?:a |our )?links?\b"
        r".{0,400}$",
        # an agency story's machine translation: "Translated from German by DeepL/ts"
        r"translated from (?-i:[A-Z])\w+(?: (?:by|with|using) [\w/ .-]{1,40})?\.?$",
        # an AI summary box's label: "Summary is AI-generated, newsroom-reviewed."
        r"(?:this )?summary (?:is|was) (?:ai|machine)[- ]generated\b.{0,60}$",
        r"(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,3}) (?:receives|has received) funding from\b",
        r"(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,3}) does not work for, consult, own shares in",
    ),
    "print": (
        r"a version of this article appears in print", r"order reprints", r"today(?:'|’)s paper",
        r"published in [A-Z][\w&' .-]{1,40}, \w+ \d{1,2}(?:st|nd|rd|th)?, \d{4}\.?$",
        r"originally published:", r"this article (?:is|was) (?:more than|over) \d+",
    ),
    "contact": (
        r"for (?:further|more) information(?: on this (?:topic|story|release))?,? (?:please )?"
        r"contact", r"media contacts?:?$",
        r"(?:do you have|got) a (?:story|news tip|tip)\b", r"share (?:it|your story) with us\b",
        r"(?:edited by|editor|editing by|sub-edited by|produced by|web editor)\s*:?\s*"
        r"(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3})$",
        # round 34: who made a report's pictures ("Visuals produced by Ana Marco.", ACLED;
        # "Graphics by …", "Maps designed by …")
        r"(?:visuals?|graphics?|maps?|charts?|data visuali[sz]ations?|illustrations?|design)"
        r" (?:(?:produced|designed|created|made) )?by (?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)"
        r"{0,3})(?:(?:,| and) (?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}))*\.?$",
        r"press contacts?:?$", r"for media enquiries", r"follow (?:us|(?-i:[A-Z][\w.]+)) on\b",
        r"like us on facebook", r"about (?-i:[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,4})$",
        r"(?:write to|e-?mail) (?-i:[A-Z])[^.]{0,80}?\bat\s+[^\s@]+@[^\s@]+\.\w+",
        r"reach the (?:reporters?|writers?|authors?)\b.{0,40}?\bat\b",
        r"have a (?:news )?tip\?", r"send us (?:news|a tip|tips|your (?:news|story))[.!]?$",
        # "We welcome your comments at letters@scroll.in."
        r"(?!.*\b(?:said|says|told)\b)we welcome your (?:comments|feedback|letters|views"
        r"|thoughts)\b.{0,80}$",
        r"want to share a (?:news )?tip\b", r"[^\s@]+@[^\s@]+\.\w+$",
        # round 33: the writer's address labelled under the story ("Writer's email: name@…",
        # Graphic Online; "Author's e-mail:", "Reporter email:")
        r"(?:the )?(?:writer|author|reporter|correspondent)(?:(?:'|’)s)? e-?mail(?: address)?"
        r"\s*:\s*[^\s@]+@[^\s@]+\.\w+$",
        r".{0,60}\[email protected\]$",
        r"(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}) (?:may|can) be reached at\b",
        r"follow (?:[\w'’]+ )?(?:full|complete|latest) coverage of\b",
        r"for more .{0,80}\b(?:reporting|coverage|news|stories|information) (?:on|about) .{0,60}"
        r"\b(?:please )?(?:visit|see|go to|click)\b",
        r"more [\w' ]{2,40}:\s*https?://\S+",
        r"click (?:here )?for more .{0,60}\b(?:articles|stories) by\b",
        r"like [\w .'’-]{1,40} on facebook\b",
        # a release's contacts and wire furniture: "Investor Contact: Name, ir@…", "News
        # provided by", "SOURCE Company, Inc.", PR Newswire's own promotion
        r"(?:investor|media|press) (?:contacts?|relations|inquiries|enquiries)\s*:.{0,120}$",
        r"news provided by$", r"(?-i:SOURCE) (?-i:[A-Z]).{1,80}$",
        r"want your company(?:'|’)s news featured\b.{0,60}$", r"\d+k\+ newsrooms\b.{0,60}$",
        # an organisation describing itself under its release: "… Learn more at Rescue.org
        # and follow the IRC on X, Facebook, and Instagram."
        r"(?:.{0,800}[.!?]\s+)?learn more at (?:www\.)?[\w-]+\.(?:org|com|net|int)\b.{0,200}$",
        # "Track Latest News Live on NDTV.com and get news updates from India …"
        r"track (?:the )?latest news\b.{0,150}$",
        # a publisher's description of itself under the story: "The Standard Group Plc is a
        # multi-media organization with investments in …"
        r"(?-i:[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4}) (?:plc|ltd|limited|inc\.?) is an? "
        r"(?:leading )?(?:multi-?media|media|publishing|news|broadcasting)\b",
    ),
    "links": (r"https?://\S+$", r"www\.\S+$",
              # round 34: a PDF page's foot, the house's address and the page number
              # ("www.unhcr.org 2")
              r"(?:https?://)?www\.[\w-]+(?:\.[\w-]+)+/?\s+\d{1,3}$",
              r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|news|co\.[a-z]{2})$"),
    "errors": (
        r"an error (?:has )?occurred", r"there was an error\b", r"please try again later\.?$",
        r"this (?:article|story) has been sent to\b",
    ),
    "document": (
        r"(?:situation report|flash update|press release|news release|media advisory|statement"
        r"|briefing notes?|humanitarian update|fact sheet|infographic|news and press release"
        r"|analysis|map|assessment|appeal)$",
        r"format:", r"source:", r"sources:", r"origin:", r"posted:?$", r"attachments?$",
        r"(?:format|source|origin|originally published|country|theme|disaster type|language)$",
        r"download (?:report|document|pdf)", r"view original$", r"\(pdf \| [\d.]+ [km]b\)$",
        r"#(?:\s*#){2}$", r"-+\s*ends?\s*-+$", r"ends$", r"\(end\)$", r"background:?$",
        r"release date:?$",
        # a report's notes: "All information valid as of 28 October 2025 (unless otherwise
        # stated).", "Footnotes", "[1] Figures from …", "All … reports can be found here."
        r"all (?:information|figures|data)(?: is| are)? (?:valid|correct|accurate|current) as "
        r"(?:of|at)\b.{0,200}$", r"(?:foot)?notes?$", r"\[\d{1,2}\]\s.{0,300}$",
        r".{0,80}\bcan be found here\.?$", r"forward-looking statements?$",
        r"notes? (?:to|for) editors:?$", r"={2}\s*[A-Za-z][\w ]{1,30}$",
        # round 34: a briefing's parts ("Principal Findings" over Crisis Group's questions)
        r"(?:(?:principal|key|main|summary of(?: the)?) )?(?:findings|recommendations"
        r"|conclusions)$", r"(?:executive summary|introduction|methodology|end ?notes)$",
        # round 34: how to cite the report ("Citable reference: World Health Organization (26
        # November 2026). Disease Outbreak News; …", "Suggested citation: …", "Cite as: …")
        r"(?:citable reference|suggested citation|recommended citation|how to cite(?: this"
        r" (?:report|article|page|brief))?|cite (?:this (?:report|article|page|brief) )?as)"
        r"\s*:.{0,400}$",
        # a monitor's note on its data's cut-off ("Note: The data cut-off for this product was
        # 12:45pm ET on November 25. ISW will cover subsequent reports in …")
        r"(?:note:\s*)?(?:the )?(?:data )?cut-?off (?:date |time )?(?:for|of) (?:this|the) "
        r"(?:product|report|update|data|analysis|brief|overview)\b.{0,300}$",
        # and on what it does not cover ("We do not report in detail on Russian war crimes
        # because these activities are well-covered in Western media …", ISW)
        r"we do not (?:report|cover|track) (?:in detail )?on\b.{0,200}\bbecause\b.{0,300}$",
        # a pointer to the method ("See more information on ACLED’s methodology and coding
        # decisions …", "For more on our methodology, see …")
        r"(?:see|read|find|for) (?:more |further )?(?:information |details )?(?:on|about) "
        r".{0,40}\bmethodolog(?:y|ies)\b.{0,250}$",
        # round 34: a report's standing thanks to its donors ("UNHCR is grateful for the
        # critical support provided by donors who have contributed to this operation, …")
        r"(?!.*\b(?:said|says|told)\b)(?-i:[A-Z])[\w&.'’-]*(?: [\w&.'’-]+){0,5} (?:is|are|remains?)"
        r" (?:deeply |very )?grateful (?:for|to) .{0,80}\bdonors?\b.{0,400}$",
    ),
    "live": (
        r"key (?:events|points|takeaways|highlights|figures)(?: and figures)?:?$",
        r"at a glance$", r"in brief$",
        r"in summary$",
        r"show key events only$", r"quick reads?$", r"pinned post$", r"live$", r"live updates$",
        r"refresh$", r"view latest updates?$",
        # a live blog's summary box heading: "What to know about the ice storm:"
        r"what to know(?: about [^.!?]{1,60})?:?$",
        # a live page's greeting post: "Welcome to WION's live coverage of the Russia-Ukraine
        # war.", "Welcome to our live blog on …"
        r"welcome to (?:our|(?-i:[A-Z])[\w'’.&-]*(?: [\w'’.&-]+){0,3}(?:'|’)s?) (?:live "
        r"(?:coverage|blog|updates)|rolling coverage)\b[^.!?]{0,100}[.!]?$",
        # a live page's second heading inviting the reader to follow: "Follow WION for the latest
        # updates on the Russia-Ukraine war."
        r"follow (?:(?-i:[A-Z])[\w'’.&-]*(?: [\w'’.&-]+){0,3}|us|this (?:page|blog)|along) "
        r"(?:here )?for (?:the )?(?:latest|live|all the latest) (?:updates|news|coverage)\b"
        r"[^.!?]{0,100}[.!]?$",
    ),
    "programme": (
        r"heard on (?:morning edition|all things considered|weekend edition|here & now"
        r"|the world|fresh air)", r"watch:?$", r"watch live$", r"video:?$", r"audio:?$",
        r"(?:watch|listen to)\b[^.]{0,150}?\b(?:above|below|here)\b",
        r"continue reading(?: the main story)?$",
        # a broadcaster's schedule under its story: "Listen to SBS News at 6am, noon and 6pm
        # daily and watch SBS World News at 6.30pm on SBS and SBS On Demand."
        r"(?:listen to|watch|tune in to|catch) .{1,60}\bat \d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\b"
        r".{0,200}\b(?:daily|weekdays|every (?:day|night|morning|evening)|on demand)\b.{0,120}$",
        # a video prompt over its player: "Watch more KARE 11 weather coverage:"
        r"watch (?:more|the latest|all|our)\b[^.]{0,120}:$",
        # a live blog's heading over its posts, a reading time on its own line
        r"(?:latest|live|all) (?:updates|posts)$", r"\d{1,2}\s*(?:min(?:ute)?s?\s+read|mins?)$",
        # round 17: a video's title labelled over its player, no sentence ("Video: Drone
        # footage shows tornado damage in Columbus"), its length after it or not
        r"video\s*:\s+[^.!?]{3,150}(?:\s+\d{1,2}:\d{2})?$",
        # an organisation's prompt to its pages ("Find out more about our work in Palestine")
        r"(?:find out|learn|read) more about (?:our|(?:the )?[\w-]+(?:'|’)s) work\b.{0,60}$",
    ),
    "rules": (r"[_*=~—–-]{3,}$",),
    # A wire's sign-off under its copy: the desk's initials ("sps/dan", "abu-mf/sbk/dcp",
    # lower case only), an end mark with the wire's name ("--IANS", "==Kyodo"), the media tags
    # of an agency's feed ("(photo)(video)").
    "signoff": (
        r"(?-i:[a-z]{2,4}(?:-[a-z]{2,4})?(?:/[a-z]{2,4}(?:-[a-z]{2,4})?){1,4})$",
        r"(?:--|==)\s*[a-z]{2,8}$",
        # a wire's name in words after the dashes: "--Field Level Media"
        r"(?:--|==)\s*(?-i:[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})$",
        r"(?:\((?:photos?|videos?|audio|graphics?|infographics?|gallery)\)\s*){1,4}$",
    ),
    # A video player's leftovers in scraped text (Reach, The Sun): "Video Loading", "Video
    # Unavailable", "Click to playTap to play", "The video will start in 8Cancel", "Play now".
    "player": (
        r"video (?:loading|unavailable)$", r"click to play\s*tap to play$",
        r"the video will start in \d+\s*(?:cancel)?$", r"play now$",
        # round 33: a station's pointer to the video over the story, a line of its own
        # (Hearst's "Video above: Riders react to …", "WATCH ABOVE: …", "Watch the video
        # above.", "Video below: …")
        r"(?:video|watch|watch the video|related video|above video|the video)\s+(?:above|below)"
        r"(?:\s*[:|–—-]\s*(?-i:[A-Z\d\"“'‘]).{0,150}|[.!]?)$",
    ),
    # Share and counter rows of scraped pages, a word a line: MailOnline's "34" / "shares" /
    # "61" / "View" / "comments", Metro's "Share this with", PBS's "Copy URL" and "Leave your
    # feedback", WordPress's "Like this:", India Today's "Listen to Story".
    "share_rows": (
        r"shares?$", r"view$", r"share this with$", r"copy url$", r"tumblr$",
        r"leave your feedback$", r"like this:$", r"listen to (?:this )?story$",
        r"share or comment on this article:?$", r"next story\s*>*$",
        # a WhatsApp prompt naming the site: "Get the latest Belfast Live breaking news on
        # WhatsApp"
        r"get the latest (?-i:[A-Z])[\w .&'’-]{1,40} (?:breaking )?news on (?:whatsapp"
        r"|telegram)$",
    ),
    # Prompts and notices around the story: Reach's sign-up privacy line, Metro's news-team
    # and news-page lines, the writer's contact line of a USA Today paper ("Contact Name at
    # name@paper.com. Follow her on X @name."), PBS's funder line, Postmedia's numbered ad
    # slot, Australian support helplines under a story.
    "prompts": (
        r"we use your sign-up to provide content\b.{0,400}$",
        r"get in touch with our news team\b.{0,120}$",
        r"for more stories like this,? check our news page\.?$",
        r"contact (?-i:[A-Z])[\w.'’ -]{1,40} at [^\s@]+@[^\s@]+\.\w+\.?(?:\s+follow\b.{0,60})?$",
        r"support provided by:?(?:\s+learn more)?$", r"advertisement \d{1,2}$",
        # round 16: the lead picture named again under the story ("Main image: Garda
        # Commissioner Drew Harris."), a weekly's disclaimer ("Editor's Note: The views
        # expressed in this article do not necessarily reflect …"), an agency desk's sign-off
        # ("IPS UN Bureau Report")
        r"main (?:image|picture|photo):\s.{1,150}$",
        r"(?:editor(?:'|’)s note:\s*)?the views expressed (?:in this (?:article|piece|column) )?"
        r"(?:are|do not)\b.{0,200}$",
        r"(?-i:[A-Z]{2,6})(?: (?-i:[A-Z][\w]*)){0,3} bureau report$",
        # a masthead's tagline or kind: "Ethiopia's Leading English Weekly Newspaper" (The
        # Reporter), "News Agency" (IPS)
        r"(?:[\w'’-]+ ){0,5}(?:weekly |daily )?(?:newspaper|news agency)$",
        # a blog's category row holding its own desks: "Armed Conflicts, Featured, Headlines,
        # Humanitarian Emergencies, …" (IPS)
        r"(?:[\w&'’ -]{2,40}, ){2,}(?:featured|headlines)(?:, [\w&'’ -]{2,40})*$",
        r"(?:lifeline|beyond ?blue|kids helpline|1800respect|13yarn|mensline)\b[\w ]{0,20}"
        r"\d[\d ]{5,12}\d$",
        r"read our [\w' ]{1,40} live blog\b.{0,60}$",
        r"live blog$",
        # a video clip's blurb under its title: "Fox News Flash top headlines are here. Check
        # out what's clicking on Foxnews.com."
        r".{0,120}\bcheck out what(?:'|’)s clicking on\b.{0,40}$",
        # a related story's link inside the story: Metro's "MORE : …", a USA Today paper's
        # "More: …" (a headline: no full stop inside)
        r"more ?: (?-i:[A-Z‘'\"“])[^.!?]{5,150}$",
    ),
    # Round 18's copies of pages (select-all, reader view, crawler dumps): a reader view's
    # reading time ("5–6 minutes"), counters and link buttons ("Views: 3,412", "Short link:",
    # "Share/Bookmark", "Twitter / X"), a station site's bracketed promotions inside the story
    # ("[DOWNLOAD: Free WSB-TV News app …]", "[SPECIAL SECTION: …]") and its player's
    # fallback, a live page's stamp of its last post ("Live updated May 25, 2024 at 8:42
    # pm"), a channel prompt ("Follow and Subscribe Nyasa TV :"), a list's way back ("All
    # news").
    "copied_pages": (
        r"\d{1,2}\s*[–-]\s*\d{1,2} minutes$", r"\d{1,2} minutes? read$",
        r"views?\s*:?\s*\d[\d,.]*k?$", r"short ?link:?$", r"share\s*/\s*bookmark$",
        rf"{_SOCIAL}\s*/\s*{_SOCIAL}$",
        # (an editor's update or correction in brackets is the story's latest report:
        # "[UPDATE: Harbour Council said on Wednesday it would appeal …]")
        r"\[(?!(?-i:UPDATED?|CORRECTION|CLARIFICATION)\b)(?-i:[A-Z][A-Z ]{2,30}):[^\[\]]{3,120}\]$",
        r"this browser does not support the video element\.?$",
        r"live(?: updated| update)? (?:on )?(?-i:[A-Z][a-z]{2,8}\.?) \d{1,2}, \d{4}\b.{0,30}$",
        r"follow and subscribe\b.{0,40}:?$", r"all (?:news|stories|headlines)$",
        # an agency's page type under its stamp: "Situation update" (UNFPA), "Press release"
        r"(?:situation (?:update|report)|press release|news release|media advisory"
        r"|briefing notes?|news story|feature story)$",
    ),
    # round 19: a story's editor in brackets, its update note and the outlet describing
    # itself under the story
    "notes": (
        # "(Edited by Name)" in italics under a Euractiv story: an editor, not a writer
        r"\((?:edited|editing|sub-edited|copy-edited) by\s*:?\s*(?-i:[A-Z])[^()]{1,80}\)\.?$",
        # "This article has been updated." / "This story was updated to include …": the bare
        # note; one carrying the news or a correction ("… to include the mayor's statement
        # that …", "… to reflect that the council voted 9-4, not 8-5") is the story's
        r"this (?:article|story|post|report) (?:has been|was|is being) updated\b"
        r"(?!.*\b(?:that|said|says|told|which|who|after|not)\b).{0,200}$",
        # "Myanmar Now is an independent news agency.", "OC Media is a non-profit, independent
        # news organisation. Support our work …": a line of its own naming itself, never a
        # story's sentence about another newsroom (no one said it; an independence word)
        r"(?!.*\b(?:said|says|told|according)\b)(?-i:[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,4})"
        r" is an? (?:[\w-]+,? ){0,3}(?:independent|non-?profit|not-for-profit|nonpartisan)"
        r"(?:,? [\w-]+){0,3} (?:news|media|journalism) (?:agency|organi[sz]ation|outlet|site"
        r"|website|platform|publication|service|cooperative)"
        # (alone, or with its appeal: a story's background sentence goes on to say more)
        r"(?:\.?$|\.\s+(?:support|become|donate|help|join|learn more|find out)\b.{0,160}$)",
    ),
    # round 20: a newsletter email pasted whole, an agency's copying notice, a writer's
    # address in brackets under the story and a download's file line
    "mail": (
        # the mail's own header lines: "From: LSM English <newsletter@lsm.lv>", "Subject: …",
        # "Date: Thu, 12 Jun 2025 07:00:12 +0300" (a sender's address in angle brackets, a
        # date in the mail's form: never a story's sentence)
        r"(?:from|to|reply-to|cc|sender):\s*[^<>]{0,60}<[^\s@<>]+@[^\s@<>]+>$",
        # (and a recipient's bare address: "To: reader@example.com", "Cc: a@x.org, b@y.org")
        r"(?:to|cc|bcc|reply-to):\s*[^\s@<>,;]+@[^\s@<>,;]+(?:\s*[,;]\s*[^\s@<>,;]+@[^\s@<>,;]+)*$",
        r"subject:\s+\S.{0,200}$",
        r"date:\s+(?:(?:mon|tue|wed|thu|fri|sat|sun),?\s+)?\d{1,2}\s+\w{3,9}\s+\d{4}"
        r"\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[+-]\d{4}|gmt|utc))?$",
        # the mail's links: "View in browser", "View this email in your browser",
        # "Unsubscribe | Manage preferences", "Read more on LSM.lv"
        r"view (?:(?:this|it|the) (?:e-?mail |newsletter )?)?(?:in (?:your |a |the )?(?:web )?"
        r"browser|online)$",
        r"unsubscribe(?:\s*[|•·]\s*(?:manage|update) (?:your )?(?:e-?mail )?preferences)?$",
        r"read (?:more|the full story|it) on [\w-]+(?:\.[\w-]+)+$",
        # "Full or partial copying of materials is prohibited." (24.kg under its © line): the
        # notice ends on its ban, no clause after ("… is now a criminal offence under the
        # law", "… is prohibited, Roskomnadzor said" are a story's)
        r"(?:full or partial|any) (?:copying|reproduction|use|republication) of (?:the |our )?"
        r"(?:materials?|content|articles?)\b[^,;]{0,120}?(?:(?:is|are) (?:strictly )?"
        r"(?:prohibited|forbidden|not (?:allowed|permitted))|without (?:(?:the )?(?:prior )?"
        r"(?:written )?(?:permission|consent)|(?:a )?(?:hyperlink|link|reference))"
        # "… is permitted only with a hyperlink to the source." (review 1127g): the notice
        # allowing copying on its one condition, ending on it
        r"|(?:is|are) (?:permitted|allowed) only with (?:an? )?(?:active )?"
        r"(?:hyperlink|link|reference) to [^,;]{0,60}?)"
        r"(?: (?:without|unless|except)[^,;]{0,80}?)?\.?$",
        # "(emmanueljoseph@barbadostoday.bb)": the writer's address in brackets, the last
        # paragraph of a Barbados Today story
        r"\(\s*[^\s@()]+@[^\s@()]+\.\w+\s*\)\.?$",
        # "PDF | 412.5 KB": a listed document's type and size
        r"(?:pdf|docx?|xlsx?|pptx?|zip|csv)\s*[|·•,(–-]?\s*\d+(?:[.,]\d+)?\s*[kmg]i?b\)?$",
        # "Follow 24.kg on Telegram": a follow prompt naming the outlet and a platform
        r"follow (?:us|[\w.-]+(?: [\w.-]+){0,3}) on (?:telegram|whatsapp|twitter|x|facebook"
        r"|instagram|youtube|tiktok|threads|bluesky|google news)$",
        # "© 24.kg news agency, 2025": a copyright sign before a name that opens with a digit
        r"©\s*\d[\w.-]*[a-z][\w.-]*\b",
        # "Morning Briefing – Thursday, June 12": a newsletter's edition line, its name and the
        # weekday of sending
        r"(?:[\w'’]+ ){0,3}(?:briefing|newsletter|digest|bulletin|roundup|update|edition)"
        r"\s*[–—:|-]\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day,? (?:\d{1,2} \w+|\w+ \d{1,2})"
        r"(?:,? \d{4})?$",
        # one-word box headings under a story: "Documents" (a page's downloads), "Contact"
        r"(?:documents|downloads|attachments|contact)$",
    ),
    # round 20: a humanitarian cluster's page: its tag row under the stamp ("Sudan | News") and
    # its lead agency named in the footer ("Logistics Cluster is led by the World Food
    # Programme", no full stop: a story's sentence ends in one)
    "cluster": (
        r"(?:[\w'’-]+ ){0,2}[\w'’-]+\s*\|\s*(?:news|stories|press releases?|updates?"
        r"|situation reports?)$",
        # the subject a coordination body by its name's last word ("The Rapid Support Forces
        # is led by …" is an explainer's line)
        r"(?:the )?(?-i:(?:[A-Z][\w'’.&-]* ){0,4}(?:Cluster|Sector|Working Group|Area of"
        r" Responsibility|AoR)) is (?:co-)?(?:led|hosted|managed)"
        r" by (?:the )?(?-i:[A-Z])[\w'’ ()-]{2,80}(?<![.])$",
    ),
    # round 22: a syndication disclaimer, an inbox prompt, a sign-up box's error line, a
    # comment prompt, a link to the story in the outlet's other language, an "Editor's Choice:"
    # link line
    "round22": (
        # "(Only the headline and picture of this report may have been reworked by the
        # Business Standard staff; the rest of the content is auto-generated from a
        # syndicated feed.)", "(Except for the headline, this story has not been edited by
        # NDTV staff and is published from a syndicated feed.)"
        r"\(?(?:only the headline|except for the headline)\b.{0,200}\bsyndicated feed\.?\)?\.?$",
        # "Get the biggest stories from Hull and East Yorkshire straight to your inbox - sign
        # up to our daily newsletter here"
        r"get .{0,100}\b(?:straight|sent|delivered|directly) to your inbox\b.{0,120}$",
        # "Sorry, there seem to be some issues. Please try again later."
        r"sorry, (?:there (?:seems?|appears?) to (?:be|have been)|something went wrong)\b"
        r".{0,100}$",
        # "Want to join the conversation? Please or to comment on this article." (the log-in
        # links' words gone)
        r"want to join the (?:conversation|discussion)\?.{0,120}$",
        # "Read this story in Icelandic: Hraunflæði minnkar", "Read the article in Swedish"
        r"read (?:this|the) (?:story|article|report) in (?-i:[A-Z])[\w'’-]+\s*(?::\s*\S.{0,150})?$",
        # "Editor's Choice: Prabowo Orders Faster Flood Tunnel Project in Jakarta"
        r"editor(?:[’']?s|s[’']) choice\s*[:\-–—|]\s*\S.{0,150}$",
    ),
    # round 23: an aggregator's syndication note, a translator's and editor's credit line, a
    # donations lead-in over a list of charities
    "round23": (
        # "(This story has not been edited by Devdiscourse staff and is auto-generated from a
        # syndicated feed.)"
        r"\(?this (?:story|article|report|copy) has not been edited by .{0,80}\bstaff\b"
        r".{0,160}\bsyndicated (?:feed|news feed)\.?\)?\.?$",
        # "Translated by Htin Aung Kyaw. Edited by Malcolm Foster." (Radio Free Asia)
        r"translated (?:from [\w-]+ )?by (?-i:[A-Z])[\w .'’-]{2,60}\."
        r"(?:\s+(?:edited|written in english) by (?-i:[A-Z])[\w .,'’-]{2,80}\.?)?$",
        # "If you would like to help those affected, these organizations are accepting
        # donations:"
        r"if you (?:would like|want|wish) to (?:help|donate|support)\b.{0,150}"
        r"\b(?:donations?|donate|charities|organi[sz]ations)\b.{0,40}[:.]?$",
        # a wire's desk initials closing its copy, ending with the agency's code:
        # "AC/as/lb/APA" (APA), "JN/ab/MD/AFP"
        r"(?:[A-Za-z]{1,4}/){2,5}[A-Z]{2,8}$",
    ),
    # round 25: a newsletter prompt after "Stay informed:", a "Contact reporter" line with the
    # writer's address, the fixed section titles of a house format (Semafor's)
    "round25": (
        # "Stay informed: Get our Helene recovery newsletter" (Gannett), "Stay up to date -
        # sign up for our newsletters"
        # (a prompt reports nothing: "Stay connected: the council said its newsletter would
        # carry flood warnings" is the story's, review 1127i)
        r"stay (?:informed|in the know|up to date|updated|connected)\s*[:\-–—]\s*"
        r"(?!.*\b(?:said|says|told|announced|warned|added)\b).{0,100}"
        r"\bnewsletters?\b.{0,80}$",
        # "Contact reporter Danyelle Khmara at dkhmara@tucson.com or 520-573-4223. On X:
        # @DanyelleKhmara" (BLOX papers)
        r"contact (?:reporter|writer|the (?:reporter|writer|author)) (?-i:[A-Z])[\w .'’-]{2,60}"
        r" at \S+@\S+.{0,150}$",
        # Semafor's story format: "The News", "Know More", "The View From Lagos", "Room for
        # Disagreement", "Step Back", "Notable"
        r"(?:the news|know more|room for disagreement|step back|notable"
        r"|the view from (?-i:[A-Z])[\w'’ -]{2,30})$",
    ),
    # round 26: the notices of newsrooms reporting from conflict zones and exile (a mirror
    # site for readers where the site is blocked, reporters' names withheld for their safety,
    # a story translated or first published elsewhere, a reader appeal naming the newsroom, a
    # news-tip address), a German wire's routing codes and WordPress's feed footer
    "round26": (
        # "Having trouble reaching our site in Sudan? Use our mirror at … or follow us on
        # Telegram"
        r"(?:having trouble|unable to|can(?:'|’)?t|cannot) (?:reaching|reach|accessing|access)"
        r" (?:our|this|the) (?:site|website)\b.{0,200}$",
        # "Our journalists work under threat. The names of Ayin's reporters …", "Amu's
        # reporters in Afghanistan work under severe restrictions. Their names are not
        # published to protect them."
        r"(?:our|[\w’'-]+[’']s) (?:journalists|reporters|correspondents)\b.{0,60}"
        r"\bwork (?:under|in) (?:threat|severe restrictions"
        r"|(?:great|grave|constant) (?:risk|danger))\b.{0,200}$",
        # "This report was translated from Arabic by Ayin's editors."
        r"this (?:report|article|story|piece) (?:was|has been) translated from [\w-]+\b.{0,80}$",
        # "A version of this article was first published in Hebrew on Local Call. Read it here."
        r"(?:a|an earlier|the original) version of this (?:article|story|report|piece) (?:was )?"
        r"(?:first )?(?:published|appeared)\b.{0,150}$",
        # "Ayin is an independent, non-profit newsroom. Your donation keeps our reporters on the
        # ground. Donate now"
        r"[\w’'.+-]+(?: [\w’'.+-]+){0,3} is (?:an? )?(?:independent,? )?(?:non-?profit"
        r"|not-for-profit|reader-funded|reader-supported)\b.{0,60}\b.{0,200}"
        r"\b(?:donat\w*|support|members?hip|become a member)\b.{0,120}$",
        # "Send us your news tip at info@borkena.com"
        r"send us (?:your )?(?:news )?tips?\b.{0,100}$",
        # dpa's routing line of desk and editor codes closing its copy: "dpa ma yyzz n1 mkr"
        r"(?-i:dpa(?: [a-z0-9]{1,5}){2,6})$",
        # WordPress's feed footer: "The post <headline> appeared first on <site>."
        r"the post .{5,300} appeared first on .{2,80}$",
        # a byline whose writer is withheld for their safety: "By a correspondent in
        # Ouagadougou", "By a staff reporter" ("By Our Correspondent" stays a byline, as the
        # sets have it since round 16)
        r"by (?:a|an) (?:special |staff |local )?(?:correspondent|reporter|journalist"
        r"|staff (?:writer|reporter))(?: (?:in|from) (?-i:[A-Z])[\w’'. -]{1,40})?$",
    ),
    # round 30: a fact-check desk's box and notes. The claim and the verdict's explanation are
    # the story's; the box's labels, a rating alone ("Rating: False", "Pants on Fire"), the
    # desk's partnership and network notes and its suggest-a-claim prompt are the page's.
    "fact_check": (
        # the box's labels alone: "What was claimed", "OUR VERDICT", "Claim:", "VERDICT"
        r"(?:what was claimed|what we found|(?:our |the )?verdict|(?:our |the )?ruling|rating"
        r"|claim(?: review)?|the claim|the statement|fact ?check|about this rating)\s*:?$",
        # Snopes's heading over its note on what the claim leaves out
        r"context\s*:?$",
        # a rating label with its rating and nothing more: "Verdict: Incorrect", "Fact Check :
        # False", "Claimed By : Social media users"
        r"(?:(?:our |the )?verdict|(?:our )?rating|fact ?check|truth-o-meter)\s*:\s*"
        r"(?:mostly |partly |half[- ])?(?:false|true|incorrect|correct|misleading|unproven"
        r"|unsupported|mixture|pants on fire|missing context|altered|satire|fake|exaggerated"
        r"|miscaptioned|outdated|scam|no evidence|needs context)[.!]?$",
        r"claimed by\s*:.{1,60}$",
        # a rating alone on its line, under its label or by the meter's image
        r"(?:mostly |partly |half[- ])?(?:false|true|incorrect|misleading|unproven|mixture"
        r"|pants on fire|missing context|miscaptioned)[.!]?$",
        # "This article was produced as part of AFP's fact-checking partnership with Meta",
        # "This report was written by Africa Check, a non-partisan fact-checking organisation",
        # "This article was produced by the Reuters Fact Check team."
        r"this (?:article|report|fact[- ]?check|story) (?:was|is|has been) (?:produced|written"
        r"|published)(?: as part of| by)\b.{0,120}\bfact[- ]?check\w*\b.{0,300}$",
        # "This article is part of our work fact checking potentially false pictures …"
        r"this (?:article|report|fact[- ]?check) is part of (?:our|the)\b.{0,60}"
        r"\bfact[- ]?check\w*\b.{0,300}$",
        # "AFP Fact Check is part of Meta’s third-party fact-checking programme."
        r"[\w’'. -]{2,40} is (?:part of|a partner in) (?:meta|facebook|tiktok)(?:'|’)s\b.{0,60}"
        r"\bfact[- ]?checking\b.{0,300}$",
        # "AAP FactCheck is an accredited member of the International Fact-Checking Network."
        r"[\w’'. -]{2,40} is (?:an? )?(?:accredited|verified|certified) (?:member|signatory)"
        r" of the international fact[- ]checking network\b.{0,300}$",
        # "If you would like to suggest a claim for us to check, email …"
        r"if you would like (?:us )?to (?:suggest|submit|send)(?: us)? a claim\b.{0,200}$",
        # the desks' appeals: "Full Fact fights bad information", "Bad information ruins lives.
        # …", "Help us fight false information", "Republish our content for free"
        r"[\w’'. -]{2,30} fights (?:bad|false) information[.!]?$",
        r"bad information ruins lives\b.{0,250}$",
        r"help us (?:fight|tackle|counter|stop) (?:bad|false|mis)\w* ?information[.!]?$",
        r"republish our (?:content|stories|articles|work|fact[- ]checks) for free[.!]?$",
        # AAP's reuse notice: "All information, text and images included on the AAP Websites …"
        r"all (?:information|content),? text and images included on\b.{0,300}$",
    ),
}

# Furniture whatever follows: a copyright sign opens no story sentence ("© 2022, Site.com.
# This article is the copyrighted property of …").
ALWAYS_FURNITURE = re.compile(r"^(?:©|\(c\)\s*\d{4})", re.IGNORECASE)

# Lines that end the story: after a press release's end mark, what follows (contacts, "About
# the agency" paragraphs) is the sender's boilerplate.
END_MARK = re.compile(
    r"^(?:#(?:\s*#){2}|-+\s*ends?\s*-+|ends|\(end\)|notes? (?:to|for) editors:?)$", re.IGNORECASE)

# A release's "About <sender>" heading over the sender describing itself ("About Halvorsen
# Foods" / "Halvorsen Foods, Inc. is a Chicago-based maker …"), and its legal notice's heading:
# the story has ended, what follows is the sender's boilerplate.
ABOUT_SENDER = re.compile(r"^about (?P<name>(?-i:[A-Z])[\w&.,'’-]*(?: [\w&.,'’-]+){0,5})$",
                          re.IGNORECASE)
LEGAL_HEADING = re.compile(r"^(?:forward-looking statements?|safe harbor statement"
                           r"|cautionary (?:note|statement)[\w ]{0,40})$", re.IGNORECASE)

# Headings of lists of other stories: the items under them are related links.
RELATED_HEADING = re.compile(
    r"^(?:read more|related(?: articles| stories| content| coverage| article| news)?|recommended"
    r"(?: reading| stories)?|(?:more|latest) from [\w’' ]{1,30}?|go deeper|see also|also read"
    r"|read also|read next"
    r"|more on (?:this story|this topic|[\w’'-]+(?: [\w’'-]+){0,4})|most (?:read|popular|viewed"
    r"|shared|recent|commented)|editor[’']?s picks?|top stories|latest(?: news| stories)?"
    r"|trending(?: stories"
    r"| now)?|you (?:may|might) also like|also in [\w’' ]{2,30}?|more stories|more news"
    r"|in other news|what to read next"
    # a station's and a paper's boxes: "Trending on KTLA", "Read more from Politics", "KUNA
    # News Headlines"
    r"|trending on [\w’'.-]+(?: [\w’'.-]+){0,3}|read more from [\w’' ]{1,30}?"
    # an aggregator's box of its other stories: "READ MORE ON DEVDISCOURSE"
    r"|read more on [\w’'.-]+(?: [\w’'.-]+){0,3}"
    r"|(?-i:[A-Z][\w.-]*) news headlines"
    r"|recommended for you|related posts|continue reading"
    # round 35: Malaysiakini's "Related Reports" and "Hot Stories", Newsday's "More in this
    # section"
    r"|related reports|hot (?:stories|news|topics)|more in this (?:section|category)"
    # round 34: a report's box of links ("LINKS", "Useful links", UNHCR's operational update)
    r"|(?:useful |related |more )?links"
    # 24.kg's box of most-read stories under a story: "Popular"
    r"|popular(?: (?:now|news|stories|today|this week))?"
    r"|don(?:'|’)t miss(?: (?:these|this|our) [\w’' ]{1,40})?"
    # round 21: "Related story" (Republica), "Further reading" (Notes from Poland), "Read
    # Other Articles In Headlines" (The Point, its section's name after "In")
    r"|related story|further reading|read other (?:articles|stories|news)"
    # round 34: a report's box of links under its text (WHO's "Further information")
    r"|further information|more information|useful resources"
    # round 36: a blog theme's links to the stories beside it ("Previous article" / title /
    # "Next article" / title, Sudans Post)
    r"|(?:previous|next) (?:article|post|story))"
    r"(?: in [\w ]{2,30})?\s*(?:[:.]|\.\.\.|…)?$",
    re.IGNORECASE,
)
# A related link written out on one line: "Read more: …", "[Read more: …]", "READ MORE: …".
RELATED_LINE = re.compile(
    r"^[\[(]?\s*(?:read more|related|recommended(?: reading)?|more from [\w’' ]{1,30}?|see also"
    r"|also read|read also|read next|more on this (?:story|topic)|most (?:read|popular|viewed)"
    r"|editor[’']?s picks?|watch|listen|see more|also|go deeper)\s*[:\-–—|]\s*\S.*$"
    r"|^read:\s+\S.*$"
    # "Related news: Govt to coordinate with UNHCR …" (ANTARA)
    r"|^related (?:news|stories|articles?)\s*:\s*\S.*$"
    r"|^also on [\w-]+(?:\.[\w-]+)+\s+\S.*$",
    re.IGNORECASE,
)
# Headings of a summary box ("In Summary", "Key Points"): its marked points ("• …") repeat the
# story.
SUMMARY_HEADING = re.compile(
    r"^(?:in summary|summary|key (?:points|takeaways)|highlights|at a glance|in brief"
    r"|what you need to know|quick reads?|key (?:highlights|facts|figures)"
    # a live blog's box over its posts: "What to know about the ice storm:"
    r"|what to know(?: about [\w’'.,-]+(?: [\w’'.,-]+){0,6})?)\s*:?$", re.IGNORECASE)
# Headings of topic and tag lists, and of contact blocks: the short items under them (topics,
# names with an email or a telephone number) are furniture.
TOPIC_HEADING = re.compile(
    r"^(?:(?:read )?related topics?:?|explore more on these topics|suggested topics:?|topics?:?"
    r"|tags:?|regions?(?: / countr(?:y|ies))?|countr(?:y|ies)|themes?"
    r"|more about:?|filed under:?|media contacts?:?|press contacts?:?|contacts?:?"
    # round 34: a report's box of who wrote it ("Contributors" / name / title)
    r"|contributors?:?"
    r"|in this (?:news|story|article):?|(?:similar|narrower|broader|more|other) topics:?"
    r"|languages?|news provided by|search keywords:?"
    r"|for (?:further|more) information(?: on this (?:topic|story|release))?"
    r"(?: or (?:to )?(?:arrange|request|book) an? interviews?)?,? (?:please )?contact:?)$",
    re.IGNORECASE,
)
# Headings of a box of unmarked points: a live page's "Key Events" (its posts' titles), India
# Today's "In Short". The points are short lines without a full stop.
POINTS_HEADING = re.compile(r"^(?:key events|in short)\s*:?$", re.IGNORECASE)
CONTACT_ITEM = re.compile(r"(?<!\S)[^\s@]+@[^\s@]+\.\w+|\+?\d[\d ()-]{7,}\d")
TOPIC_ITEM_MAX_WORDS = 5
RELATED_ITEM_MAX_WORDS = 25

# Section labels printed above a headline ("Politics", "Global development", "News|Sudan war").
SECTION_LABEL_MAX_WORDS = 4
# A regional paper's section named for its place ("Belfast News", "Local News", "UK News").
NEWS_SECTION = re.compile(r"^(?:[A-Z][\w'’-]+ ){1,2}News$")
SECTION_SEPARATOR = re.compile(r"\s*[|›>/•]\s*")

# Lines that say who published the article, and name it: "Source: Al Jazeera and news
# agencies", "Published in Dawn, March 3rd, 2025", "© 2025 United Press International".
OUTLET_LINES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^sources?:\s*(?P<outlet>[A-Z][\w&.' -]{1,60}?)(?:\s*(?:,|and|&)\s*(?:news )?agenc"
        r"(?:y|ies).*)?\.?$",
        r"^published in (?P<outlet>[A-Z][\w&' .-]{1,40}), \w+ \d",
        r"^(?:copyright\s+)?(?:©\s*)?(?:copyright\s*)?\d{4}(?:-\d{4})?\.?\s+"
        r"(?P<outlet>[A-Z][\w&.' -]{1,60}?)(?:,? inc|,? ltd|,? llc|\.|,|\s+all rights)",
        r"^(?:why you can trust|support) (?P<outlet>[A-Z][\w&.' -]{1,40}?)(?:(?:'|’)s?)?"
        r"(?: journalism.*)?$",
        r"^did you know with a digital subscription to (?P<outlet>[A-Z][\w&.' -]{1,40}),",
    )
)
# The outlet speaking of itself in the story: "Sky News understands", "told Sky News".
OUTLET_UNDERSTANDS = re.compile(
    r"(?<![\w.])(?P<outlet>(?:[Tt]he )?[A-Z][\w.]+(?: [A-Z][\w.]+){0,3}) (?:understands|has learned"
    r"|has learnt|can reveal|has been told)\b"
)

# Places a header line may name as its dateline (lower case, compared whole).
PLACES: frozenset[str] = frozenset(
    p.strip() for p in """
    washington|washington dc|washington, dc|washington d.c.|washington, d.c.|new york|new york city
    |london|paris|berlin|brussels|moscow|kyiv|kiev|beijing|tokyo|seoul|delhi|new delhi|mumbai
    |jerusalem|tel aviv|gaza|gaza city|rafah|ramallah|beirut|damascus|cairo|tehran|baghdad|amman
    |riyadh|jeddah|doha|dubai|abu dhabi|sharjah|manama|muscat|kuwait city|istanbul|ankara|athens
    |rome|madrid|lisbon|dublin|belfast|edinburgh|glasgow|cardiff|manchester|birmingham|liverpool
    |leeds|bristol|geneva|zurich|vienna|warsaw|prague|budapest|bucharest|stockholm|oslo|copenhagen
    |helsinki|amsterdam|the hague|hong kong|taipei|singapore|bangkok|jakarta|manila|hanoi|sydney
    |melbourne|canberra|auckland|wellington|ottawa|toronto|montreal|vancouver|mexico city|havana
    |caracas|bogota|lima|santiago|buenos aires|brasilia|sao paulo|rio de janeiro|nairobi|lagos
    |abuja|accra|kampala|kigali|dar es salaam|lusaka|harare|kinshasa|khartoum|port sudan|juba
    |mogadishu|tripoli|tunis|algiers|rabat|dakar|johannesburg|cape town|pretoria|addis ababa
    |kabul|islamabad|karachi|lahore|dhaka|colombo|kathmandu|los angeles|san francisco|chicago
    |boston|miami|atlanta|houston|dallas|austin|seattle|denver|phoenix|philadelphia|detroit
    |cleveland|new orleans|las vegas|des moines|manchester, nh|concord|columbia|charleston
    |sacramento|albany|tallahassee|capitol hill|the white house|westminster|strasbourg|kharkiv
    |odesa|odessa|donetsk|crimea|khan younis|west bank|north gaza|sderot|tel aviv, israel
    |jerusalem, israel|united nations|frankfurt|munich|milan|barcelona|port-au-prince|caracas
    |bengaluru|bangalore|chennai|kolkata|hyderabad|pune|ahmedabad|jaipur|lucknow|kochi|chandigarh
    |kuala lumpur|putrajaya|phnom penh|yangon|naypyitaw|ho chi minh city|osaka|shanghai|shenzhen
    |guangzhou|ulaanbaatar|tashkent|almaty|astana|baku|tbilisi|yerevan|minneapolis|st. paul
    |toronto|calgary|edmonton|winnipeg|halifax|quebec city|brisbane|perth|adelaide|hobart|darwin
    |port moresby|suva|nouakchott|bamako|niamey|ouagadougou|abidjan|lome|cotonou|freetown|monrovia
    |conakry|yaounde|douala|libreville|luanda|maputo|lilongwe|blantyre|gaborone|windhoek|maseru
    |mbabane|antananarivo|port louis|victoria|asmara|djibouti|hargeisa|goma|bukavu|el fasher
    |addis abeba|dodoma|arusha|mwanza|zanzibar|mombasa|kisumu|nakuru|eldoret|entebbe|gulu|jinja
    |mbarara|kumasi|tamale|takoradi|kano|ibadan|port harcourt|enugu|chittagong|sylhet|rajshahi
    |calcutta|bombay|madras|guwahati|patna|bhubaneswar|siliguri|ranchi
    """.replace("\n", "").split("|")
    if p.strip()
)

# round 21: the wrappers scraped text arrives in (database exports, webmail, print, messengers)
# (a name already taken would replace that family: the copies' names are their own)
assert not set(COPY_FAMILIES) & set(FURNITURE_FAMILIES)
FURNITURE_FAMILIES.update(COPY_FAMILIES)
# Round 23: places of the Maghreb, the eastern Mediterranean, the Caucasus, India's northeast
# and the Pacific that datelines and header rows name ("Marrakech – …", "Imphal | Aug 30, 2023").
PLACES = PLACES | frozenset(
    "marrakech marrakesh casablanca fez tangier agadir benghazi derna misrata sebha nicosia"
    " limassol larnaca famagusta gyumri goris stepanakert batumi kutaisi pokhara imphal shillong"
    " aizawl kohima agartala itanagar honolulu hilo lahaina kahului".split())

# round 24: carriers' lines around the stories they carry (portals, news apps, e-paper kiosks,
# aggregators, social posts, writers' newsletters)
assert not set(CARRIER_FAMILIES) & set(FURNITURE_FAMILIES)
FURNITURE_FAMILIES.update(CARRIER_FAMILIES)

# round 27: archives' and read-later apps' lines around a story, and a browser's print footer
assert not set(CAPTURE_FAMILIES) & set(FURNITURE_FAMILIES)
FURNITURE_FAMILIES.update(CAPTURE_FAMILIES)

# round 28: transcripts' and Q&As' own lines (stage directions, time codes, notices on how
# the text was made, a programme's production sheet, a release's end marks)
from according.data.article_transcripts import TRANSCRIPT_FAMILIES  # noqa: E402

assert not set(TRANSCRIPT_FAMILIES) & set(FURNITURE_FAMILIES)
FURNITURE_FAMILIES.update(TRANSCRIPT_FAMILIES)

# round 29: corrected, updated and republished stories' own lines (a wire's note on what
# changed, correction and amendment notes, editor's and update notes, a developing story's
# note, republishing networks' boilerplate)
from according.data.article_revisions import REVISION_FAMILIES  # noqa: E402

assert not set(REVISION_FAMILIES) & set(FURNITURE_FAMILIES)
FURNITURE_FAMILIES.update(REVISION_FAMILIES)

# round 31: press releases' wires and carriers (a wire's calls to send a release, its sender
# card, disclaimer and distribution channels, a carrier's "This press release was produced
# by …" note, a report page's rows)
from according.data.article_releases import RELEASE_FAMILIES  # noqa: E402

assert not set(RELEASE_FAMILIES) & set(FURNITURE_FAMILIES)
FURNITURE_FAMILIES.update(RELEASE_FAMILIES)

# round 32: opinion pieces', leaders' and letters pages' own lines (a writer's note, letters
# prompts, a letter's sender line, comment rules, an explainer's appeal)
from according.data.article_opinion import OPINION_FAMILIES  # noqa: E402

assert not set(OPINION_FAMILIES) & set(FURNITURE_FAMILIES)
FURNITURE_FAMILIES.update(OPINION_FAMILIES)

# round 35: regional papers', broadcasters' and agencies' own lines (a masthead's tagline, a
# comment box, a player's waiting line and the text-size buttons, an agency's end mark)
from according.data.article_regional import REGIONAL_FAMILIES, REGIONAL_PLACES  # noqa: E402

assert not set(REGIONAL_FAMILIES) & set(FURNITURE_FAMILIES)
FURNITURE_FAMILIES.update(REGIONAL_FAMILIES)
PLACES = PLACES | REGIONAL_PLACES

# stranger trial 6: a press briefing note's media contact line at its foot
from according.data.article_briefings import BRIEFING_FAMILIES  # noqa: E402

assert not set(BRIEFING_FAMILIES) & set(FURNITURE_FAMILIES)
FURNITURE_FAMILIES.update(BRIEFING_FAMILIES)

# round 37: business and markets pages' quote widgets, notes and prompts, an aggregator's panels
from according.data.article_markets import MARKET_FAMILIES  # noqa: E402

assert not set(MARKET_FAMILIES) & set(FURNITURE_FAMILIES)
FURNITURE_FAMILIES.update(MARKET_FAMILIES)
