package workshop

// Example is a sample draft that shows what the checker does. The words
// are Mend's own.
type Example struct {
	Name string // the draft's name when loaded, and the button's label
	Note string // what the example shows
	Text string
	Good bool // true for the example that has every part and nothing to look at
	// Unsure names the part the checker is not sure of, for the example
	// that shows the "not sure" state.
	Unsure string
}

// Examples are the samples behind "Try an example": one full apology and
// several with the problems people most often fall into.
var Examples = []Example{
	{
		Name: "Example: a full apology",
		Note: "Owns it, names it, sees the hurt, offers repair and a change.",
		Good: true,
		Text: "I'm sorry I read your messages on Sunday without asking you. " +
			"That was wrong, and it was my choice alone. " +
			"It broke your trust and left you feeling watched in your own home. " +
			"I will delete the app I used, and I will answer any question you have about it. " +
			"From now on I will ask you before I touch your phone.",
	},
	{
		Name: "Example: sorry if, but",
		Note: "A conditional apology followed by an excuse.",
		Text: "I'm sorry if you were hurt by what I said at dinner, but I had a really long week " +
			"and I was exhausted.",
	},
	{
		Name: "Example: blaming and minimising",
		Note: "Shifts the cause to them and makes the hurt smaller.",
		Text: "I'm sorry, but you know how you get when you're stressed. " +
			"It was just a joke, and you're overreacting a bit.",
	},
	{
		Name: "Example: pushing to move on",
		Note: "Asks for forgiveness on the writer's timetable.",
		Text: "I already said I'm sorry for missing your birthday. " +
			"Can we just move on now and forget it happened?",
	},
	{
		Name: "Example: mistakes were made",
		Note: "Hides who did it and stays vague.",
		Text: "Mistakes were made last month and things happened that shouldn't have. " +
			"I regret how it all turned out.",
	},
	{
		Name:   "Example: the hurt half said",
		Note:   "The checker isn't sure it says how it affected them, so it asks.",
		Unsure: "impact",
		Text: "I'm sorry I forgot your birthday on Friday. " +
			"It was your first birthday in the new flat.",
	},
}
