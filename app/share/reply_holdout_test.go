package share

// Held-out replies for the reply link's size target. They were written
// before the reply dictionary existed and are never edited or used to tune
// it: the dictionary is tuned on replySamples (reply_samples_test.go), and
// these check that it helps replies it has never seen. Each holds five
// questions and three needs, about 600 characters in all.
var replyHoldouts = []struct {
	name      string
	questions []string
	needs     []string
	note      string
}{
	{
		name: "holdout-money",
		questions: []string{
			"When did you first take money from the joint account without telling me?",
			"Was any of it spent on someone else?",
			"Why did you let me think the bank had made a mistake?",
			"Does your mother know what happened, and what did you tell her?",
			"What would you have done if I had never opened that letter?",
		},
		needs: []string{
			"Show me every statement for the last two years, all of them, not only the ones you pick.",
			"Please stop asking me when I will be over it.",
			"I want us to see a money adviser together before the end of the month.",
		},
	},
	{
		name: "holdout-trip",
		questions: []string{
			"Who was actually with you on the weekend you said you were fishing?",
			"Have you lied to me about other trips?",
			"How long did you plan to keep this from me?",
			"Are you still talking to her, even just online?",
			"What made you decide to finally tell me the truth?",
		},
		needs: []string{
			"I need some nights on my own at my sister's without you calling to check on me.",
			"Tell me about any trip before you book it, and who is going.",
			"Be patient with me when I ask the same question twice.",
		},
		note: "Some days are fine and some are not. Today was hard.",
	},
	{
		name: "holdout-friend",
		questions: []string{
			"Why did you tell everyone my secret when I asked you not to?",
			"Did you say anything else about me that I should know?",
			"Were you angry with me about something back then?",
			"Do you understand why I stopped coming to dinner?",
			"Would you do it again if you thought I would not find out?",
		},
		needs: []string{
			"Don't talk about me with the others, good or bad, for now.",
			"Let me be the one to get in touch when I am ready.",
			"If someone asks you about it, say it is mine to tell.",
		},
	},
}
