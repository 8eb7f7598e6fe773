package share

// Replies the reply dictionary is tuned on. The held-out replies
// (reply_holdout*_test.go) are never used for that.
var replySamples = []struct {
	name      string
	questions []string
	needs     []string
	note      string
}{
	{
		name: "affair",
		questions: []string{
			"How did it start, and who made the first move?",
			"Did you ever bring her to our home?",
			"Why did you keep saying I was imagining things when I asked you?",
			"Do you still have feelings for her?",
			"What will you do if she contacts you again?",
		},
		needs: []string{
			"I need you to block her number and show me that you did.",
			"Please tell me the truth the first time I ask, even when it is hard to hear.",
			"I need time. Don't rush me to forgive you.",
		},
		note: "I'm not sleeping much, but I'm getting through the days.",
	},
	{
		name: "lies",
		questions: []string{
			"Why did you lie to me about where you were that night?",
			"Is there anything else you haven't told me?",
			"Did anyone else know before I did?",
			"How long has this been going on?",
			"Were you ever going to tell me yourself?",
		},
		needs: []string{
			"I need you to answer my questions honestly, without getting angry.",
			"Please don't promise things you can't keep.",
			"I need some space this weekend. I will tell you when I am ready to talk.",
		},
	},
	{
		name: "phone",
		questions: []string{
			"Who were you texting late at night all those weeks?",
			"Why did you delete the messages before I saw them?",
			"Have you met anyone from that app in person?",
			"What did you tell your friends about us?",
			"Do you understand why I can't trust you right now?",
		},
		needs: []string{
			"I need you to delete the app and show me.",
			"Keep your phone where I can see it for a while, without me having to ask.",
			"Tell me when you are going to be late, before it happens.",
		},
		note: "Up and down. Better than last week.",
	},
	{
		name: "friend",
		questions: []string{
			"Why didn't you come to me first when you were upset with me?",
			"What exactly did you say to them about me?",
			"Did you mean the things you said?",
			"How do you think it made me feel when I found out?",
			"What are you going to do differently next time?",
		},
		needs: []string{
			"I need you to tell them that what you said was not true.",
			"Please give me some time before we meet up again.",
			"If something is wrong between us, talk to me about it, not about me.",
		},
	},
	{
		name: "money",
		questions: []string{
			"How much money is gone, all of it, not just what I found?",
			"Why did you hide the letters from the bank?",
			"Are you still gambling?",
			"Who did you borrow from, and do they want it back?",
			"What happens if you get the urge again?",
		},
		needs: []string{
			"I need to see our accounts every week until I feel safe again.",
			"Please go to the support group, and tell me how it went.",
			"No new loans or cards without talking to me first.",
		},
		note: "Worried about money, but glad it's out in the open.",
	},
	{
		name: "family",
		questions: []string{
			"Why did you take their side when you knew they were wrong?",
			"Did you ever stand up for me when I wasn't there?",
			"What did your mother say when you told her?",
			"Do you see now how much that hurt?",
			"Will you talk to them about it, or do you want me to?",
		},
		needs: []string{
			"I need you to back me up when your family is unkind to me.",
			"Please don't make plans with them for both of us without asking me.",
			"I need us to leave when I say I want to go, no arguing.",
		},
	},
	{
		name: "short",
		questions: []string{
			"Why?",
			"Was it only once?",
			"Are you sorry, or sorry you got caught?",
		},
		needs: []string{
			"Space.",
			"The truth, all of it.",
		},
	},
}
