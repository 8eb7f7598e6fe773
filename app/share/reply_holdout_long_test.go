package share

// More held-out replies, written (like reply_holdout_test.go, before any
// reply dictionary existed) because the first three came out shorter than
// the 600 characters of the size target. Never edited, never tuned on.
var replyHoldoutsLong = []struct {
	name      string
	questions []string
	needs     []string
	note      string
}{
	{
		name: "holdout-long-drinking",
		questions: []string{
			"How many times did you drive the children home after you had been drinking?",
			"Why did you hide the bottles in the garage instead of telling me you were struggling?",
			"When you promised me last spring that you had stopped, did you believe it yourself?",
			"Who else has noticed, and did anyone try to talk to you about it?",
			"What do you want me to do if I find a bottle again?",
		},
		needs: []string{
			"You do not drive the children anywhere until we both agree you are ready again.",
			"I need you to go to a meeting this week and tell me which one, without me having to ask.",
			"Please do not promise me anything you are not sure you can keep.",
		},
		note: "I am tired but I am okay. The kids are fine.",
	},
	{
		name: "holdout-long-work",
		questions: []string{
			"Why did you put my name on the report when you knew the numbers were wrong?",
			"Did you tell our manager it was my mistake, or did she just assume it?",
			"Have you done something like this to anyone else on the team?",
			"How long were you going to let me take the blame for it?",
			"Is there anything else from that project I should check before it comes out?",
		},
		needs: []string{
			"Write to our manager this week and explain what really happened, and copy me in.",
			"I want to review anything you send out with my name on it, at least for a while.",
			"Talk to me directly if you are worried about a deadline, not behind my back.",
		},
	},
	{
		name: "holdout-long-sister",
		questions: []string{
			"Why did you sell Grandma's ring without asking any of us first?",
			"How much did you get for it, and where did the money go?",
			"Did Mum know before I found out from the shop?",
			"Were you going to tell me at all, or did you hope I would forget about it?",
			"Is there anything else of hers that you have taken or sold?",
		},
		needs: []string{
			"I need you to try to buy the ring back, even if it takes a long time to save for it.",
			"Please give me the list of everything you took from the house after the funeral.",
			"Do not bring this up at family dinners until I say I am ready to talk.",
		},
		note: "I still love you. I am just very hurt right now.",
	},
}
