// Package checkerdata holds the apology checker's rules as text that
// writers can tune without touching Go. The engine that reads them is
// mend/app/checker.
//
// # Files
//
// Every *.rules file in this folder is embedded. Lines starting with # are
// comments; an indented line continues the line above it.
//
//	spell im = i'm                      a chat or typo spelling and what it means
//	spell your = you're / next: so too  ... only when one of these words follows
//	define HARM = hurt | upset | offended   a named list of phrases, used as {HARM}
//
//	rule EXC-02                         a rule: an id, then key: value lines
//	category: excuse                    one of the fifteen categories
//	severity: warning                   error, warning or suggestion
//	message: ...                        what the words may do to the reader
//	suggestion: ...                     what to try instead (for a missing part: the hint)
//	match: because i was {STATE}        harmful language: fire where this matches
//	evidence: i'm sorry                 a part of an apology: it is present where this matches
//	unless: that's no excuse            not when the sentence also has this
//	unless-before: i won't say          not when this comes right before the match
//	unless-after: you want              not when this comes right after the match
//	needs: {SORRY}                      only when the sentence also has this
//	escalate: you                       severity becomes error when this follows in the sentence
//	unless-found: OWN-01                not when these evidence rules found their part
//	unless-overlaps: OVER-01            (evidence) not where these rules fired
//	options: questions quotes only-quotes reports hypothetical no-post-negation
//	options: other-agent                (before the match lines) only another's act beside an apology: the
//	                                    clause's subject is not the writer; third-agent: nor the reader
//	options: after-sorry                (before the match lines) only in the sentence right after one that says sorry
//	options: after-apology              only in a sentence that says sorry or comes anywhere after one
//	options: not-habit                  (evidence) none from a sentence that only looks ahead to a change of habit
//	options: reads-parts                the part classifier still reads every part in the sentence it fires in
//	question: Did you say how …?        (evidence) asked when the part may be there but the checker is not sure
//	fire: I'm sorry if you were upset.  an example the rule must fire on (at least one)
//	pass: If you want to talk, I'm here. an example it must not fire on (at least one)
//
// Examples may instead sit in examples/<file>.rules, under their own
// "rule ID" lines, where they stay out of the app's binary (the harm
// rules keep theirs there).
//
// # Patterns
//
// Patterns are matched against words, after contractions and spellings are
// expanded, in lower case, one sentence at a time:
//
//	word        a word; write contractions as usual ("i'm" matches "I'm", "Im", "I am")
//	a|b|c       one of these single words
//	(a b|c)     one of these phrases, which may have several words
//	x | y       (with spaces) two separate patterns on one line
//	{NAME}      one of the phrases defined as NAME
//	!{NAME}     any one word that is not in NAME (also !a|b)
//	=a|b        a word typed exactly so, before spellings are applied ("=soz")
//	_           any one word
//	... ...N    up to 5 (or N) tokens of anything
//	^ $         the start or the end of the sentence (first or last only)
//	x? x*       optional; repeated zero to three times
//	, : " — 😅  that punctuation mark or symbol
//
// By default a match does not count inside quotation marks, in reported
// speech ("you said …", or "I told you …" when the sentence judges it),
// inside a question, or under a negation ("I won't make excuses"); evidence
// does not count inside an if-clause. Options turn these off per rule.
//
// # The part model
//
// Beside the evidence rules, a small classifier reads every sentence for
// the five parts (parts.model, one logistic regression per part over
// hashed features: words, word pairs, the word lists above, who acts,
// past or future, negation). A part is present when its rules find it or
// the model is sure of a sentence, "unsure" when the model is only half
// sure, and missing otherwise. The model is trained by "make train",
// which gives the same bytes every run, from the labelled sentences in
// training/*.jsonl ({"text": …, "parts": […]}) and from the labelled
// drafts of some dev sets in app/checker/testdata: every sentence of a
// draft labelled as lacking a part is an example of a sentence without
// it, and a draft labelled as having a part teaches that at least one of
// its sentences carries it. A test fails when the
// committed model is not what training makes, so retrain after changing
// the sentences, those sets or the rules. "go run ./cmd/train -cv 5"
// shows how well it reads sentences it was not trained on, and
// "go run ./cmd/train -sweep" how many drafts of other labelled sets each
// "unsure" threshold would call missing rightly and wrongly, and which
// thresholds cost least. A long text message with no punctuation is also
// read clause by clause.
//
// The lexicon file defines the lists the engine itself uses: NEG,
// PSEUDONEG, POSTNEG, CLAUSEBREAK, HYPO, REPORT_OTHER, REPORT_SELF, EVAL;
// the part model's single-word lists: ROLE_I, ROLE_MY, ROLE_WE, ROLE_YOU,
// ROLE_YOUR, ROLE_OTHER, ROLE_IT (who a word stands for), TIME_AHEAD,
// TIME_OFFER, TIME_PAST (a clause's time and mood) and HELPERS (the words
// between a subject and its verb), with NEG's single words for negation;
// and the tokenizer's lists, which hold single words as typed (lower case,
// no apostrophes) that decide how it reads contractions and dots:
// PRONOUN_IS, HAS_NEXT, HAD_NEXT, ELISION, TITLE.
//
// # In the app
//
// Native builds, the tools and every test embed these files (embed.go)
// and compile them on first use. The app.wasm the site ships is built
// with -tags fetchdata and leaves them out, and the code that compiles
// them too: the site build compiles the rules and the model once and
// writes the result, an engine image (ImageName; the format is in
// mend/app/checker's image.go), as one checksummed file named after its
// bytes (asset.go, in the format of mend/content/asset). The service
// worker keeps it for offline use, and the workshop fetches it and hands
// it to the checker, which only decodes it. These text files stay the one
// source of the rules: the image is made from them at every build.
//
// To see how the checker reads a draft while tuning, run
// "go run ./cmd/check < draft.txt", or from app/checker
// "CHECKER_DRAFT='…' go test -run TestDebugDraft -v" for the tokens and
// the evidence each part found.
package checkerdata
