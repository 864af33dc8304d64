// Seed, principle 10 inverted and one-up.md: jumping to the demo treats the product as the value
// when the seller's counsel is worth more.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "counsel-demo-as-value",
  principle: "counsel",
  polarity: "down",
  nudge:
    "Before the demo, give one recommendation about their situation and show only the part that serves it.",
  patterns: [
    // Counting what comes in the box, and the tour's next stop: "there's like forty canned reports",
    // "and then down here is the reporting tab"
    {
      match:
        "there (is|are) #Adverb? (like|about|over|around)? #Value+ (canned|prebuilt|built in|ready made|standard|preset) (reports|templates|dashboards|integrations|workflows|widgets|connectors)",
      clause: "statement",
    },
    {
      match:
        "(down|up|over|right) here (is|are) (the|our|your) #Noun? (tab|screen|page|section|view|module|panel|menu)",
      clause: "statement",
    },
    // The screen narrated as it is shown: "this view shows you every open order", "if i click
    // into this one…", "this is where your managers would approve timesheets", "there's also a
    // reporting tab where…".
    {
      match:
        "(that #Noun|the #Offering|it|this) #Adverb? (shows|displays|lists|pulls up|brings up) (you|all|every|each|the full|the whole|the complete)",
      clause: "statement",
      notIf: "(only|not|never)",
    },
    {
      match:
        "this (view|screen|page|tab|chart|report|panel|widget) #Adverb? (shows|displays|lists) (you|all|every|each|the full|the whole|the complete)",
      clause: "statement",
      notIf: "(only|not|never)",
    },
    { match: "(if|when|once) (i|you) (click|tap|hover|drill) (into|on|over|down)", clause: "statement" },
    { match: "this is where (your #Noun|the team|you|#Actor) (would|can|will)? #Verb", clause: "statement" },
    {
      match:
        "(it is all|everything is all|it is|everything is) (drag and drop|point and click|fully automated|automated|automatic|real time|self serve|cloud based)",
      clause: "statement",
    },
    { match: "(syncs|updates|refreshes|sync|update|refresh) (in|at) real time", clause: "statement" },
    {
      match:
        "there is also (a|an) .{0,2} (tab|screen|page|module|view|report|section|button|dashboard|widget) (where|that|which|for)",
      clause: "statement",
    },
    // "let me show you the product"
    { match: "(show|walk|talk) you through? .{0,3} #Feature" },
    { match: "(show|walk|talk) you through? .{0,3} #Offering" },
    // "let me give you a quick demo"
    {
      match: "(give|do|run|pull up|spin up|fire up) (you)? (a|the|our)? (quick|short|live|little|full)? demo",
    },
    // "let me share my screen and show you"
    { match: "(share|sharing) my screen and (show|walk|give|demo)" },
    // "let me give you a short demo"
    {
      match:
        "(show|give|do|run|pull up|spin up|fire up|start|walk through) (you)? (a|the|our)? #Adjective? demo",
    },
    // "here's a quick tour of the dashboard", "pull up the product and show you around"
    { match: "(tour|walkthrough|walk through) (of|around) (the|our) #Offering" },
    { match: "show you around" },
    { match: "(pull up|bring up|open up|fire up|log into|log in to) (the|our) #Offering" },
    // "i'll demo our platform now"
    { match: "demo (the|our) #Offering" },
    // Demo narration, the tour itself: "this tab here lets you set alerts", "over here you can
    // just drag", "it also integrates with your erp", "the platform lets you pull…".
    {
      match:
        "(here|this) (tab|screen|page|button|view|panel|section|menu|widget|#Offering)? .{0,2} #Capability you",
    },
    {
      match:
        "(here|this) (tab|screen|page|button|view|panel|section|menu|widget|#Offering)? you can #Adverb? #Verb",
    },
    {
      match:
        "you (can)? just (click|drag|drop|hit|select|toggle|tap|pick|type|pull|set) #Preposition? (here|this|that|it|them|and)",
    },
    // (but not "you just pick the evening that works": choosing a slot is booking, not a tour)
    {
      match:
        "you (can)? just (click|drag|drop|hit|select|toggle|tap|pick|type|pull|set) #Preposition? #Determiner !(#Date|day|days|time|times|slot|slots|date|dates|session|sessions|evening|evenings|morning|afternoon|week|room)",
    },
    { match: "(it|#Offering|we) also #Capability", clause: "statement" },
    { match: "(it|#Offering) #Adverb? #Capability you (to)? #Verb", clause: "statement" },
    // The product as the subject doing the work for them: "the dashboard gives your managers a
    // live view", "it automatically flags duplicates", "it syncs both ways with your crm".
    { match: "(our|the|this) #Offering #Adverb? (gives|give) #ClientSide", clause: "statement" },
    {
      match: "(it|#Offering) (automatically|instantly|seamlessly|natively|intelligently) #Verb",
      clause: "statement",
      // (contract terms are not a tour: "it automatically renews each year")
      notIf: "(renew|renews|renewed|expire|expires|expired|cancel|cancels|bill|bills|billed|charge|charges)",
    },
    // The product as the subject of a present-tense act on their things: "the tool flags any
    // duplicate invoice", "the app sends your drivers their routes", "the platform pulls in every
    // ticket" (not what it costs or needs: "the app needs admin rights")
    {
      match:
        "(the|our|this) #Offering #Adverb? (#PresentTense && !#Copula && !#Auxiliary && !#Modal) (in|out|up|through|over)? (your|every|all|any|each|#ClientSide)",
      clause: "statement",
      // (nor what it only does: "the tool only shows you the problem" limits the product)
      notIf: "(costs|cost|needs|need|requires|require|takes|take|sits|belongs|is|was|means|only|not|never)",
    },
    // "with us your team gets a live view of every site"
    { match: "with us #ClientSide+ #Noun? (get|gets|can|will|are able)", clause: "statement" },
    {
      match:
        "(it|#Offering) #Adverb? (syncs|integrates|connects|plugs|talks|hooks|sync|integrate|connect|plug|hook) .{0,3} (with|into)",
      clause: "statement",
      ifNo: ["does", "did", "will", "can"],
    },
    // The product doing the job for them: "the system does the payroll filings for you", "it lets
    // tenants pay rent", "it also does bank reconciliations"
    {
      match:
        "(the|our|this) #Offering #Adverb? (does|handles|runs|files|takes care of) .{1,5} for (you|your)",
      clause: "statement",
    },
    {
      match:
        "(it|#Offering) #Adverb? (lets|allows|helps) (#ClientSide|#Plural|#MarketActor|them|people|everyone|anyone) (to)? #Verb",
      clause: "statement",
    },
    {
      match: "(it|#Offering) also #Verb",
      clause: "statement",
      notIf:
        "(means|meant|mean|depends|depend|helps|helped|matters|seems|sounds|looks|feels|makes|made|gets|got|went|was|is)",
    },
    // Demo enthusiasm and clicks narrated: "what's really cool is the ai reads…", "if i click over
    // here you'll see the menu builder", "you can just drag items around"
    {
      match:
        "what is #Adverb? (cool|nice|neat|awesome|slick|powerful|amazing|great) (here|about this|about it)? is (it|the|that|our|this)",
      clause: "statement",
    },
    {
      match: "(click|clicking|go|tab|hop|jump) (over)? (here|into this) .{0,3} you (will|can) see",
    },
    { match: "you (can)? just (click|drag|drop|toggle|tap|select|hit) (#Noun|#Plural)" },
    // "with our tool you're able to schedule every shift from one calendar"
    {
      match: "(with|using|through|in) our #Offering #ClientSide+ #Noun? (can|are able|will be able|get to)",
      clause: "statement",
    },
    // "if you go to this tab you'll see you can also set up alerts"
    {
      match:
        "(go|click|head|switch|jump|hop) (to|into|onto|over to) (this|that|the) .{0,2} (tab|screen|page|menu|section|view) .{0,3} you (will|can|would) see (you|it|how|that|we|all)",
    },
    // "the best part is our smart routing", "show you all the bells and whistles"
    {
      match: "the (best|coolest|nicest|neatest|greatest) (part|bit|thing) is (our|the|that|it)",
      clause: "statement",
    },
    { match: "bells and whistles" },
    { match: "(loads|lots|tons|heaps|bunch) of (cool|neat|nice|great|fun) (stuff|things|features|bits)" },
    // "just tap here and here", "this one is the settings page and it has…"
    {
      match: "(just|simply) (click|tap|drag|hit|press) (here|there|this|that)",
      clause: "statement",
      ifNo: ["link", "join", "invite", "login", "password"],
    },
    {
      match: "(this|here) (one)? is the .{0,2} (page|screen|tab|menu|view|dashboard) and (it|here|you)",
      clause: "statement",
    },
    // "if i click into the vehicle you can see live location", "if you scroll down, there's the fuel report"
    {
      match:
        "(i|you) (click|tap|scroll|drill|go) (into|down|on|over|through) .{0,3} you (can|will|would) see",
    },
    {
      match: "(click|tap) (into|on|over) .{0,3} (there|here)",
    },
    {
      match:
        "(slice|filter|cut|customise|customize) it (any way|anyway|however|whichever way) you (like|want)",
    },
    // "the ai writes the job description for you", "it'll fire off the invite on its own"
    {
      match:
        "(the|our) (ai|#Offering|engine|bot) (will)? #Adverb? (write|writes|do|does|build|builds|fill|fills|create|creates|chase|chases) .{0,4} for you",
    },
    { match: "it (will)? .{0,5} on its own", clause: "statement" },
    // "the cool thing about our time keeping is…", "the star of the show", "one more thing i have to show you"
    {
      match:
        "the (cool|neat|nice|great|best|coolest|clever|smart|beautiful) (thing|part|bit) about (our|the|this|it)",
      clause: "statement",
    },
    { match: "star of the show", ifNo: ["your"] },
    { match: "(one more|another|last) thing (i|we) (have|want|need|got) to show (you|#ClientSide)" },
    { match: "the (feature|bit|part|thing) (i would|i) #Adverb? (want|like|love) you to see" },
    { match: "show you (one more|another|one last) (screen|page|feature|thing|view|module|report)" },
    // The screen read aloud: where things sit ("on the left is every site", "on the left-hand side
    // you've got your policies", "at the top here you've
    // got the timeline"), what the marks mean ("every dot is a truck", "green is moving, red means
    // an event") and where the seller scrolls.
    {
      match:
        "(on|at|along|down) the (left|right|top|bottom|side) hand? side? (here|there)? (is|are|you have|you've got|you got|you see|you'll see|you can see|there is|there's|we have|we've got)",
      clause: "statement",
      // (directions in a building or a street are not a screen, nor who sits where on the video:
      // "on the left is me")
      ifNo: [
        "door",
        "doors",
        "entrance",
        "exit",
        "building",
        "park",
        "parking",
        "street",
        "road",
        "room",
        "lift",
        "elevator",
        "stairs",
        "reception",
        "car",
        "toilets",
        "bathroom",
        "kitchen",
        "desk",
        "photo",
        "picture",
        "me",
      ],
    },
    {
      match:
        "every (dot|row|column|tile|card|icon|pin|square|bar|box|bubble|circle|line) (here|there|on this)? (is|represents|means) (a|an|one)",
      clause: "statement",
    },
    {
      match:
        "(green|red|amber|yellow|blue|orange|grey|gray|purple) (is|means) .{1,6} (green|red|amber|yellow|blue|orange|grey|gray|purple) (is|means)",
      clause: "statement",
      // (a before-and-after chart is evidence, not a tour: "blue is before we touched the
      // controls, green is after")
      notIf: "(before|after)",
    },
    { match: "(scrolling|scroll|i scroll|i'll scroll) (down|up|across|over) (on|to|into)? (this|the|here)" },
    { match: "this (part|bit|screen|one|piece) is what i #Adverb? (want|wanted|need) you to see" },
    // "if i click into a pump here, you see the trend"
    { match: "(i|you) (click|tap|drill|go) (into|on|over) .{0,3} (here|there) you see" },
    // A run of capabilities read off the screen: "you can zoom, you can export to csv, you can
    // overlay two pumps"
    {
      match: "you can #Verb .{0,5} you can #Verb .{0,5} you can #Verb",
      clause: "statement",
      notIf: "you can (see|hear|tell|ask|call|imagine|reach|find|ring|text|email|go|come|bring|pick|choose)",
    },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Leads with a product demo as the value of the conversation."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "there's about sixty prebuilt templates in there",
    "and then over here is the scheduling tab",
    "and this view shows every open order by region",
    "if i click into this one, it shows the full history",
    "this is where your managers would approve timesheets",
    "it's all drag and drop",
    "everything syncs in real time",
    "there's also a reporting tab where you can build custom dashboards",
    "the tool flags any duplicate invoice before it's paid",
    "the app sends your drivers their routes every morning",
    "with us your team gets a live view of every site",
    "and the dashboard lets you filter by region",
    "it hooks right into your existing crm",
    "if it's useful i can talk you through the dashboard",
    "let me just show you our dashboard real quick",
    "i can walk you through some of the features",
    "how about i run a short demo for you",
    "let me pull up a demo environment",
    "i'll share my screen and walk you through it",
    "let me show you how our platform handles that",
    "let me give you a short demo",
    "here's a quick tour of the dashboard",
    "let me pull up our app and show you around",
    "i'll demo our platform now",
    "the dashboard gives your managers a real time view of every open ticket",
    "and it automatically flags duplicates before they hit the ledger",
    "it syncs both ways with salesforce in real time",
    "with our tool you're able to schedule every shift from one calendar",
    "and what is nice is you know the system does the payroll tax filings for you",
    "and then this tab here you know it lets tenants pay rent and submit tickets",
    "and then it also does bank reconciliations and exports straight to excel",
    "what's really cool is the ai reads the claim documents and fills in the fields",
    "if i click over here you'll see the menu builder",
    "so you can just click schedule and it picks the best send time",
    "and if you go to this tab you'll see you can also set up custom alerts",
    "if i jump over to the reports screen you can see it colour codes everything",
    "the best part is our smart routing which gives you twelve reports out of the box",
    "let me share the demo and show you the bells and whistles",
    "the app has loads of cool stuff like custom themes",
    "you can also set up happy hour pricing, look, just tap here and here",
    "so this one is the users page and it has roles and then groups and then billing",
    "and if i click into the order you can see every status change",
    "if you click into the job there's the utilisation report by crew",
    "you can filter it any way you like",
    "the bot writes the follow up email for you",
    "it'll chase the unpaid invoices on its own",
    "the cool thing about our scheduler is it learns your rota",
    "honestly the reporting piece is the star of the show",
    "one more thing i want to show you before we run out of time",
    "the bit i'd really love you to see is the geofence",
    "let me show you one more screen",
    "okay so this is the console, on the left is every site and the colour is the alert posture",
    "at the top here you've got the timeline of the event",
    "so this is the live map, every dot is a truck",
    "green is moving, yellow is idling, red means an event in the last hour",
    "scrolling down on this alert, this part is what i really want you to see",
    "so this is the portal, on the left-hand side you've got all your policies, then your documents",
    "and then the last thing i wanna show you is the reports",
    "and if i click into a pump here, you see the trend for the last ninety days",
    "you can zoom, you can export to csv, you can overlay two pumps side by side",
  ],
  misses: [
    "there are two reports i need from your team",
    "is over here the tab you meant",
    // What the client receives is most often an answer to "how will we know when…?" (a writer's
    // neutral line: "…you'll see it on the portal and you get an email when it's out for delivery")
    "you get a notification as soon as a truck goes off route",
    // A bare integration fact is most often the answer to "does it work with…?" (labellers of
    // real calls call it neutral); the tour's list is marked by "also" (fires above).
    "we plug straight into quickbooks",
    "it works with netsuite out of the box",
    "we have an open api so you can connect pretty much anything",
    "this is where i grew up, just outside leeds",
    "if you click on the link in the invite it should let you in",
    "you get a day off when the audit's done",
    "is there also a tab for the night shift",
    "i'm not really sure if we integrate with that",
    "one builds it, one resells it, we plug into yours",
    "the tool only shows you the problem, the fix is in how you staff it",
    "the app needs your admin to approve it first",
    "does it work with netsuite out of the box",
    "we talk with a lot of finance teams about this",
    "the training is about ninety minutes over zoom after you close, you just pick the evening that works",
    "let me show you where to find the recording",
    "can you show me your current dashboard",
    "the demo day at the expo was busy",
    "i'll share my screen so you can see the notes",
    "could you walk me through the current flow",
    "your team gave a great demo last week",
    "does it integrate with your erp",
    "the contract automatically renews each year unless you cancel",
    "your current system connects to the bank through a nightly file",
    "the report gives me a sense of where the backlog sits",
    "it also means your planners would need a login each",
    "what's great is you already have the data in one place",
    "go over there and you can see the parking at the back",
    "you just click the link in the invite",
    "if you go to the settings tab you'll see a field for your api key, paste it there",
    "the best part of the pilot was your nurses running it without us",
    "just click the link in the invite and it drops you into the room",
    "this is the page where your team enters the code you got by email",
    "if you scroll down to the bottom of the email there's the dial in number",
    "the star of the show at your conference was your keynote",
    "the cool thing about your warehouse layout is the cross dock, how did you design it",
    "can you show me one more screen of your current report",
    "on the left is the door to the warehouse, park anywhere there",
    "every row is a shift on your current spreadsheet, right?",
    "the light was red and then green, so we made it",
    "if you scroll down in the email you'll find the dial in",
    "the blue is before we changed the schedules, the green is after",
    "you can come in the morning, you can park out back, you can bring the kids",
    "the last thing i want to show up with is a price that's wrong",
    "on the left hand side of the road there's the depot, you can't miss it",
  ],
  paraphrases: [
    "the workspace reminds each supervisor before a shift goes unfilled",
    "and this panel enables you to bulk edit every rate at once",
    "the app also syncs with whatever payroll system you run",
    "so we give you a little walkthrough of the portal first",
  ],
}
