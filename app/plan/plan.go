// Package plan is the repair plan: what the person did, what they heard, what
// they will change, and the concrete commitments, boundaries, answers and small
// steps that show it over time.
//
// It is the model only — types, the list of sections in display order,
// validation, normalisation and list editing. It has no UI and no storage, so
// the plan page, the share-link codec and the progress tracker all agree on one
// shape. The JSON field names are part of stored data and share links: never
// rename them.
package plan

// Section names one part of the plan. The string is stable: it is used in
// share links, storage and page anchors.
type Section string

// The sections of a plan, in the order they are shown.
const (
	SectionWhatIDid     Section = "what-i-did"     // what I did
	SectionImpact       Section = "impact"         // what I heard about the impact on them
	SectionWhyAndChange Section = "why-and-change" // why it happened and what I am changing (private by default)
	SectionRemedy       Section = "remedy"         // the remedy I offer
	SectionGivingUp     Section = "giving-up"      // what I am giving up
	SectionCommitments  Section = "commitments"    // commitments and how often each is checked
	SectionBoundaries   Section = "boundaries"     // boundaries agreed together
	SectionQuestions    Section = "questions"      // their questions and my honest answers
	SectionCloseness    Section = "closeness"      // small steps to rebuild closeness
)

// SectionInfo describes one section for the plan page and the share picker.
type SectionInfo struct {
	ID      Section
	Title   string // short heading
	Purpose string // one plain line saying what belongs here
	Step    string // slug of the guide step this section belongs to (see mend/app/journey)
	// PrivateByDefault marks reflections the user keeps to themselves unless
	// they choose to share them.
	PrivateByDefault bool
}

// Sections lists every Section in display order.
var Sections = []SectionInfo{
	{SectionWhatIDid, "What I did",
		"Name plainly what you did, without softening it or explaining it away.",
		"own-it", false},
	{SectionImpact, "What I heard about the impact",
		"Write down how it hurt them, in the words they used, as best you can.",
		"listen", false},
	{SectionWhyAndChange, "Why it happened and what I am changing",
		"Look honestly at what was going on in you, and what you are doing about it. This stays with you unless you choose to share it.",
		"explain-and-prevent", true},
	{SectionRemedy, "The remedy I offer",
		"Say what you will do to put right the harm you caused.",
		"make-amends", false},
	{SectionGivingUp, "What I am giving up",
		"List the habits, plans or temptations you are letting go of for their sake.",
		"make-amends", false},
	{SectionCommitments, "My commitments",
		"Small, concrete things you will do, and how often you will check in on each.",
		"show-change", false},
	{SectionBoundaries, "Boundaries we agreed",
		"What you both agreed is and is not okay from now on, and when you agreed it.",
		"set-boundaries", false},
	{SectionQuestions, "Their questions, my honest answers",
		"Keep their questions and your truthful answers, even the uncomfortable ones.",
		"answer-honestly", false},
	{SectionCloseness, "Small steps back to closeness",
		"Gentle, safe moments you can share again, at a pace that suits them.",
		"rebuild-closeness", false},
}

// Plan is everything the user writes in their repair plan. The zero value is
// an empty plan.
type Plan struct {
	WhatIDid     string       `json:"what_i_did,omitempty"`
	Impact       string       `json:"impact,omitempty"`
	WhyAndChange string       `json:"why_and_change,omitempty"`
	Remedy       string       `json:"remedy,omitempty"`
	GivingUp     []Item       `json:"giving_up,omitempty"`
	Commitments  []Commitment `json:"commitments,omitempty"`
	Boundaries   []Boundary   `json:"boundaries,omitempty"`
	Questions    []Question   `json:"questions,omitempty"`
	Closeness    []Item       `json:"closeness,omitempty"`
	Started      string       `json:"started,omitempty"` // YYYY-MM-DD the repair began
}

// Item is one entry in a plain list (what I am giving up, steps to closeness).
type Item struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// Cadence says how often a commitment is checked in on.
type Cadence string

// The cadences a commitment can have.
const (
	Daily  Cadence = "daily"  // every day
	Weekly Cadence = "weekly" // once a week, on Commitment.Weekday
	Once   Cadence = "once"   // a single day, Commitment.Date
)

// Commitment is one concrete thing the user will do, with how often they
// check in on it.
type Commitment struct {
	ID      string  `json:"id"`
	Text    string  `json:"text"`
	Cadence Cadence `json:"cadence"`
	Weekday int     `json:"weekday,omitempty"` // 0=Sunday..6=Saturday, for weekly (time.Weekday)
	Date    string  `json:"date,omitempty"`    // YYYY-MM-DD, for once
	Since   string  `json:"since"`             // YYYY-MM-DD the commitment started
}

// Boundary is something both people agreed on, with the day they agreed it.
// A boundary the partner asked for in a reply link starts out Proposed,
// until the user agrees to it (see Plan.Agree) or declines it.
type Boundary struct {
	ID     string `json:"id"`
	Text   string `json:"text"`
	Agreed string `json:"agreed"` // YYYY-MM-DD
	// Proposed marks a need the partner wrote back that the user has not
	// agreed to yet. It is left out of share links.
	Proposed bool `json:"proposed,omitempty"`
	// From is the ID of the reply it came from (share.ReplyID), if any.
	From string `json:"from,omitempty"`
}

// Question is one of the partner's questions with the user's honest answer.
type Question struct {
	ID       string `json:"id"`
	Question string `json:"question"`
	Answer   string `json:"answer"`
	// From is the ID of the reply it came from (share.ReplyID), if any.
	From string `json:"from,omitempty"`
}
