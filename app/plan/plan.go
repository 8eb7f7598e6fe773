// Package plan is the repair plan: what the person did, what they heard, what
// they will change, and the concrete commitments, boundaries, answers and small
// steps that show it over time.
//
// It is the model and its rules — types, the table of sections (Sections),
// validation, normalisation, list editing, cadence rules, and the Editor that
// queues the plan page's unsaved edits and merges them with another tab's
// saves. It has no UI and no storage of its own (the Editor is given how to
// load, save and tell the time), so the plan page, the share-link codec and
// the progress tracker all agree on one shape. The JSON field names are part of stored data and share links: never
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

// Kind is the shape of a section's content. Sections of the same kind are
// stored, edited, checked, shown and carried in links the same way, so code
// that must treat sections differently switches on the kind, never on the
// section.
type Kind int

// The kinds of section.
const (
	KindText        Kind = iota // one paragraph (SectionInfo.Text)
	KindItems                   // a list of short entries (SectionInfo.Items)
	KindCommitments             // Plan.Commitments
	KindBoundaries              // Plan.Boundaries
	KindQuestions               // Plan.Questions
)

// SectionInfo describes one section: its words, where it is kept in a Plan,
// and how links carry it. Sections is the one table of them; every part of
// Mend that handles sections iterates it.
type SectionInfo struct {
	ID      Section
	Title   string // short heading
	Purpose string // one plain line saying what belongs here
	Step    string // slug of the guide step this section belongs to (see mend/app/journey)
	// PrivateByDefault marks reflections the user keeps to themselves unless
	// they choose to share them.
	PrivateByDefault bool

	Kind  Kind
	Field string // the JSON name of its field in Plan, also used in error paths
	// Text is the paragraph of a KindText section; Items the list of a
	// KindItems section. Other kinds have one section each, kept in the
	// Plan field their kind names.
	Text  func(*Plan) *string
	Items func(*Plan) *[]Item
	// Noun names one entry of a list section ("A small step"), and Add is
	// its add button's words. Text sections have neither.
	Noun, Add string

	// Bit is the section's bit in a share link's list of sections. Bits are
	// part of the link format: never change or reuse one.
	Bit uint
}

// Sections lists every Section in display order.
var Sections = []SectionInfo{
	{ID: SectionWhatIDid, Title: "What I did",
		Purpose: "Name plainly what you did, without softening it or explaining it away.",
		Step:    "own-it", Bit: 0, Kind: KindText, Field: "what_i_did",
		Text: func(p *Plan) *string { return &p.WhatIDid }},
	{ID: SectionImpact, Title: "What I heard about the impact",
		Purpose: "Write down how it hurt them, in the words they used, as best you can.",
		Step:    "listen", Bit: 1, Kind: KindText, Field: "impact",
		Text: func(p *Plan) *string { return &p.Impact }},
	{ID: SectionWhyAndChange, Title: "Why it happened and what I am changing",
		Purpose: "Look honestly at what was going on in you, and what you are doing about it. This stays with you unless you choose to share it.",
		Step:    "explain-and-prevent", PrivateByDefault: true, Bit: 2, Kind: KindText, Field: "why_and_change",
		Text: func(p *Plan) *string { return &p.WhyAndChange }},
	{ID: SectionRemedy, Title: "The remedy I offer",
		Purpose: "Say what you will do to put right the harm you caused.",
		Step:    "make-amends", Bit: 3, Kind: KindText, Field: "remedy",
		Text: func(p *Plan) *string { return &p.Remedy }},
	{ID: SectionGivingUp, Title: "What I am giving up",
		Purpose: "List the habits, plans or temptations you are letting go of for their sake.",
		Step:    "make-amends", Bit: 4, Kind: KindItems, Field: "giving_up",
		Items: func(p *Plan) *[]Item { return &p.GivingUp },
		Noun:  "Something I am giving up", Add: "Add something I am giving up"},
	{ID: SectionCommitments, Title: "My commitments",
		Purpose: "Small, concrete things you will do, and how often you will check in on each.",
		Step:    "show-change", Bit: 5, Kind: KindCommitments, Field: "commitments",
		Noun: "Commitment", Add: "Add a commitment"},
	{ID: SectionBoundaries, Title: "Boundaries we agreed",
		Purpose: "What you both agreed is and is not okay from now on, and when you agreed it.",
		Step:    "set-boundaries", Bit: 6, Kind: KindBoundaries, Field: "boundaries",
		Noun: "Boundary", Add: "Add a boundary"},
	{ID: SectionQuestions, Title: "Their questions, my honest answers",
		Purpose: "Keep their questions and your truthful answers, even the uncomfortable ones.",
		Step:    "answer-honestly", Bit: 7, Kind: KindQuestions, Field: "questions",
		Noun: "Question", Add: "Add a question"},
	{ID: SectionCloseness, Title: "Small steps back to closeness",
		Purpose: "Gentle, safe moments you can share again, at a pace that suits them.",
		Step:    "rebuild-closeness", Bit: 8, Kind: KindItems, Field: "closeness",
		Items: func(p *Plan) *[]Item { return &p.Closeness },
		Noun:  "A small step", Add: "Add a small step"},
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
