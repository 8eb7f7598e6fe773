package share

import (
	"time"
	"unicode/utf8"

	"mend/app/plan"
)

// Sample plans for size targets, benchmarks and round trips. The wording is
// written for these tests and is not in the dictionary; the IDs look like
// plan.NewID's.

// shortPlan is about 1,500 characters of text, everything but the private
// reflection shared.
var shortPlan = plan.Plan{
	WhatIDid: "For most of last year I was messaging someone from my old job and I kept it from you. " +
		"When you asked why I was always on my phone I said it was work. That was a lie, and I told it more than once. " +
		"I also deleted the threads so you would not find them, which means I planned the lie as well as told it.",
	Impact: "You told me the worst part was not the messages but that I looked you in the eye and lied. " +
		"You said you have started doubting your own memory, and that you feel foolish for defending me to your sister. " +
		"You have not been sleeping, and you said the house feels like somewhere you have to be careful in.",
	Remedy: "I have ended all contact and I will tell you straight away if she ever gets in touch. " +
		"I will pay for the couples sessions and rearrange my week so I never miss one.",
	GivingUp: []plan.Item{
		{ID: "k2n4bq7xd1", Text: "The Friday drinks with the old team."},
		{ID: "p9v3mfa6wz", Text: "Keeping my phone locked and face down on the table."},
	},
	Commitments: []plan.Commitment{
		{ID: "ub5ry2cgh8", Text: "Tell you where I am when plans change, before they change.", Cadence: plan.Daily, Since: "2026-02-02"},
		{ID: "t4e7lqj3sn", Text: "Sit with you on Sunday evening and ask how this week has felt for you.", Cadence: plan.Weekly, Weekday: 0, Since: "2026-02-02"},
		{ID: "w8hzc5m2ka", Text: "Book the first appointment with a counsellor for myself.", Cadence: plan.Once, Date: "2026-02-20", Since: "2026-02-02"},
	},
	Boundaries: []plan.Boundary{
		{ID: "r3dgx6vn9b", Text: "No private chats with anyone I have flirted with.", Agreed: "2026-02-05"},
		{ID: "c7fjm4qe2y", Text: "If you ask to see my phone, I hand it over without a sigh.", Agreed: "2026-02-05"},
	},
	Questions: []plan.Question{
		{ID: "h6sa2wk8pt", Question: "Did you ever meet her outside work?",
			Answer: "Yes, twice, for coffee. Nothing physical happened, but I hid both times from you."},
		{ID: "f3nv8ck5ru", Question: "Would you have stopped if I had not found out?",
			Answer: "I would like to say yes, but I am not sure, and that is the honest answer."},
	},
	Closeness: []plan.Item{
		{ID: "e5ty9bn3lc", Text: "Saturday morning walks by the canal, phones left at home."},
		{ID: "m2qw7vd4hx", Text: "Cooking the recipe from our first flat together again, when you feel like it."},
	},
	Started: "2026-02-01",
}

// longPlan is about 3,000 characters of text: a fuller plan with every
// section shared, the private reflection included.
var longPlan = plan.Plan{
	WhatIDid: "I gambled away the savings we had put aside for the roof, about four thousand pounds over eight months, " +
		"and I moved money between our accounts so you would not notice. When the bank letter came I blamed a billing mistake. " +
		"I let you worry about something you had not done.",
	Impact: "You said you feel like you have been living with a stranger. You are frightened about money in a way you never were, " +
		"you check the balance every morning, and you are angry that I let you apologise to your mum for being short with her " +
		"when it was my fault we could not help her. " +
		"You also said that the lying hurt more than the money, because you would have helped me if I had only told you.",
	WhyAndChange: "I started betting when work went quiet and I felt useless. Winning made me feel clever, and losing made me chase it. " +
		"I hid it because I was ashamed, and the hiding became its own habit. I am going to a support group on Tuesdays and " +
		"I have asked my GP about counselling.",
	Remedy: "I have handed you the login to every account and I have set up a plan to repay the savings from my wages, " +
		"two hundred a month, starting this payday. You will see each transfer. " +
		"I have also told my brother the whole story, so that you do not have to keep my secret for me with him.",
	GivingUp: []plan.Item{
		{ID: "a4kd8rn2xq", Text: "Every betting app and account, closed, with self-exclusion on all of them."},
		{ID: "b7wm3tz5jp", Text: "Watching matches at the pub on my own, and the fantasy league that goes with it."},
		{ID: "f2gq6yv9ce", Text: "My separate credit card. I have cut it up and closed it."},
	},
	Commitments: []plan.Commitment{
		{ID: "g5nh2xk7wr", Text: "Show you the bank statements and talk them through with you.", Cadence: plan.Weekly, Weekday: 5, Since: "2026-01-12"},
		{ID: "j8pc4ve3mt", Text: "Go to the Tuesday support group and tell you how it went.", Cadence: plan.Weekly, Weekday: 2, Since: "2026-01-13"},
		{ID: "l3rz7bw6dn", Text: "Tell you the same day if I feel the urge to bet, even if nothing happens.", Cadence: plan.Daily, Since: "2026-01-12"},
		{ID: "n6ty2qf8ks", Text: "Make the first repayment into the roof fund.", Cadence: plan.Once, Date: "2026-01-30", Since: "2026-01-12"},
		{ID: "q9vd5hm3ga", Text: "Leave my wallet and cards in the drawer when I go out, unless we agreed otherwise.", Cadence: plan.Daily, Since: "2026-01-14"},
	},
	Boundaries: []plan.Boundary{
		{ID: "s2fk8wc4ye", Text: "No money moves between accounts without us both knowing.", Agreed: "2026-01-15"},
		{ID: "v5mb3nr7hz", Text: "You can ask about any payment and I answer without getting defensive.", Agreed: "2026-01-15"},
		{ID: "x8gj6tp2qd", Text: "If I slip, I tell you within a day rather than waiting to be found out.", Agreed: "2026-01-20"},
		{ID: "w3kp7dn5fy", Text: "Big purchases over fifty pounds we decide together, and we write them down.", Agreed: "2026-01-20"},
	},
	Questions: []plan.Question{
		{ID: "y3hw9ke5ra", Question: "Is there any other debt I do not know about?",
			Answer: "There is a payday loan of three hundred pounds from October. I should have said so already; I am paying it off next week."},
		{ID: "z6cn4dv8mt", Question: "Did anyone else know?",
			Answer: "My brother knew some of it because I borrowed from him once. I asked him not to tell you, which was wrong."},
		{ID: "d9qr2ls6bw", Question: "Why did you keep going after you started losing?",
			Answer: "Because each loss felt like it could be fixed with one more win. It never was."},
		{ID: "k5wt3yh7ne", Question: "How do I know you are not doing it now?",
			Answer: "You can't know from my word alone, which is why every account is open to you and the self-exclusion letters are in the kitchen drawer."},
		{ID: "p8md6rb2cx", Question: "Were you ever going to tell me?",
			Answer: "I told myself I would once I had won it back. That day was never going to come, and I knew it."},
	},
	Closeness: []plan.Item{
		{ID: "i4xe7gm3vt", Text: "A cheap day out each month that we plan together and pay for from the shared account."},
		{ID: "o7bk2wn5qs", Text: "Evenings with the television off, playing cards like we did before the kids."},
		{ID: "u2dz8hc6pf", Text: "Sunday breakfast in bed, made by me, no plans after it."},
		{ID: "r6jq9xa4me", Text: "Going back to the dance class on Thursdays, if and when you want to."},
	},
	Started: "2026-01-10",
}

// everySection lists all sections, for sharing a whole plan.
func everySection() []plan.Section {
	var all []plan.Section
	for _, s := range plan.Sections {
		all = append(all, s.ID)
	}
	return all
}

// publicSections lists the sections shared by default.
func publicSections() []plan.Section {
	var out []plan.Section
	for _, s := range plan.Sections {
		if !s.PrivateByDefault {
			out = append(out, s.ID)
		}
	}
	return out
}

// textChars counts the characters the user wrote in the given sections.
func textChars(p plan.Plan, sections []plan.Section) int {
	n := 0
	for _, s := range sections {
		for _, t := range p.SectionText(s) {
			n += utf8.RuneCountInString(t)
		}
	}
	return n
}

// sharedAt is a fixed share time for reproducible links.
var sharedAt = time.Date(2026, 3, 4, 19, 30, 0, 0, time.UTC)

// samples are the plans measured by the size tests and benchmarks, with the
// largest link each may make: a 1,500-character plan in at most 1,000
// characters, a 3,000-character one in at most 1,850.
var samples = []struct {
	name     string
	plan     plan.Plan
	sections []plan.Section
	maxURL   int
}{
	{"short", shortPlan, publicSections(), 1000},
	{"long", longPlan, everySection(), 1850},
	{"holdout", holdoutPlan, publicSections(), 1000},
}

// holdoutPlan was written after the dictionary was frozen, in a different
// situation and voice, to check that the dictionary helps plans it was not
// tuned on. About 1,500 characters.
var holdoutPlan = plan.Plan{
	WhatIDid: "When you told me about your diagnosis, you asked me to keep it between us until you were ready. " +
		"Within a week I had mentioned it to two people at the club, and I joked about it at Dan's barbecue while you were in the garden. " +
		"Then, when you heard about it, I pretended someone else must have spread it.",
	Impact: "You said it felt like the one thing you had control over was taken from you. " +
		"People now ask you questions you did not want to answer yet, and you have stopped going to the club. " +
		"You told me that the joke was bad, but my pretending was worse, because it made you suspect a friend who had done nothing.",
	Remedy: "I have told both people that I broke a confidence and asked them to keep it to themselves. " +
		"I will apologise to Priya, who you suspected because of me, in front of you if you would like that.",
	GivingUp: []plan.Item{
		{ID: "s5bd2nw8kq", Text: "Gossiping at the club; I have stepped down from the social committee."},
	},
	Commitments: []plan.Commitment{
		{ID: "a7xc3pm9tf", Text: "Ask before I share anything about you with anyone, even good news.", Cadence: plan.Daily, Since: "2026-03-01"},
		{ID: "e2kw6hr4yb", Text: "Come with you to your hospital appointments, if you want company.", Cadence: plan.Weekly, Weekday: 3, Since: "2026-03-01"},
	},
	Boundaries: []plan.Boundary{
		{ID: "n4gt8vq2dz", Text: "Your health is yours to talk about, not mine.", Agreed: "2026-03-02"},
	},
	Questions: []plan.Question{
		{ID: "q6fy3ja7lm", Question: "Who else did you tell?",
			Answer: "Only Mark and Sue, and I have checked with both that they have not passed it on."},
		{ID: "t9hb5ce2rx", Question: "Why would you joke about it?",
			Answer: "I was nervous and wanted people to laugh. It was cowardly, and it was at your expense."},
	},
	Closeness: []plan.Item{
		{ID: "w3mz7ks5ga", Text: "Quiet evenings in, just the two of us, with the phones in the other room."},
	},
	Started: "2026-02-28",
}
