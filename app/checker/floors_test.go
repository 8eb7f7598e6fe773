package checker

// The accuracy each scoring set has reached, in one place: a test fails
// when the checker reads its set worse than this. These numbers move up as
// the checker improves; the sets and the tests that score them do not
// change, so a held-out set stays exactly as it was first written. Since
// the part classifier learns from the drafts of dev-parts2 to dev-parts5
// and fresh7 to fresh14 (cmd/train's trainSets), and its thresholds are
// swept on fresh15 to fresh20, those sets' part scores are no longer taken
// on drafts it has not seen.
const (
	// corpusFloor guards the corpus the rules were first written on.
	corpusFloor = 0.99
	// holdoutFloor guards the held-out set, which no rule or model is
	// tuned on: a change that reads unseen drafts worse is caught. 0.894
	// is 297 of its 332 drafts.
	holdoutFloor = 0.894
	// tuningFloor guards the tuning set.
	tuningFloor = 0.98
	// devPartsFloor guards the parts dev set (64% before the round that
	// wrote it; 91.7% once the classifier learnt from labelled drafts).
	devPartsFloor = 0.916
	// devUnsureFloor guards the "not sure" dev set (66% before the round
	// that wrote it; 91.7% after the fourth parts round, 94.2% after the
	// fifth; 93.4% once the classifier learnt from labelled drafts: "I
	// ruined the night for everyone" no longer reads as what it did to
	// them).
	devUnsureFloor = 0.933
	// devHarms2Floor guards the harm dev set (67% before the round that
	// wrote it; its harm drafts were looked at while that round wrote rules).
	devHarms2Floor = 0.95
	// harms2ProbesFloor guards the harm probes (tuned on; see
	// TestHarms2Probes).
	harms2ProbesFloor = 0.95
	// devParts2Floor guards the second parts dev set (71% at main before
	// the round that tuned on it; 87.5% before the classifier learnt from
	// its drafts, 91.4% after).
	devParts2Floor = 0.914
	// devParts3Floor guards the third parts dev set (42.9% before the
	// round that wrote it; 41 of its 78 good apologies have no "sorry" or
	// are told so by OWN-01, as the corpus and tuning labels want; 59.0%
	// before the classifier learnt from its drafts, 62.7% after).
	devParts3Floor = 0.627
)

// devExcuse3Floor guards the excuse, minimizing, defensive and over-promise
// dev set (52.3% before the round that wrote it).
const devExcuse3Floor = 0.82

// devParts4Floor guards the fourth parts dev set (76.3% before the round
// that wrote it, 83.6% after), and devParts4GoodAlarms is the most false
// alarms its good apologies may raise (11 before that round, 5 after:
// MIN-03 on "my bad", and parts said in ways neither the rules nor the
// classifier read; 4 after the harms6 round; 88.2% and 4 before the
// classifier learnt from its drafts, 95.4% and 1 after; 94.7% once a
// promise to be better that names nothing to do was no commitment: its
// "I'll be more patient from now on" is labelled one).
const (
	devParts4Floor      = 0.947
	devParts4GoodAlarms = 1
)

// devHarms4Floor guards the harms4 dev set (76.2% before the round that
// wrote it; its misses were seen once, in that first score).
const devHarms4Floor = 0.91

// harms4ProbesFloor guards the harms4 probes (tuned on; see
// TestHarms4Probes).
const harms4ProbesFloor = 0.95

// devParts5Floor guards the fifth parts dev set (71.2% before the round
// that wrote it, 77.9% after), and devParts5GoodAlarms is the most false
// alarms its good apologies may raise (10 before that round and after;
// 6 after the harms6 round; 79.8% and 6 before the classifier learnt
// from its drafts, 94.2% and 4 after).
const (
	devParts5Floor      = 0.942
	devParts5GoodAlarms = 4
)

// devHarms6Floor guards the harms6 dev set (73.9% before the round that
// wrote it, 93.3% after; that round's first probe batch reused some of its
// harmful wordings, so its blind probe batches are the better measure).
const devHarms6Floor = 0.93

// devBlame8Floor guards the blame8 dev set, and devBlame8GoodAlarms is the
// most false alarms its good apologies may raise (55.4% and 2 before the
// round that wrote it: blame found 12, missed 48; 76.8% and the same 2,
// neither of them blame, after it: blame found 36, missed 24; 80.4% after
// the probes11b round; 86.6% and 1 after BLAME-97 read another's deed told
// right after the apology).
const (
	devBlame8Floor      = 0.866
	devBlame8GoodAlarms = 1
)

// devPress8Floor guards the press8 dev set (77.5% and 3 good-apology
// alarms before the round that wrote it; its misses were read at that
// first score, so the figure after it is inflated).
const devPress8Floor = 0.99

// freshFloors guards each fresh set (see TestFreshSets): how many drafts
// it holds, the accuracy it has reached, and the most false alarms its
// good apologies may raise. Each comment gives the set's history: its
// score and good-apology alarms while it was blind, the last score taken
// blind, and the scores once its misses had been read.
var freshFloors = map[string]struct {
	drafts     int
	floor      float64
	goodAlarms int
}{
	// 70.1% and 8 good-apology alarms while it was blind; 71.8% after the
	// harms6 branch, the last score taken blind; 78.8% and 2 alarms once it
	// had been read and tuned on; 85.1% after the press8 round, which read
	// its harm misses; 85.5% and 1 alarm once "@ana apologies, I merged…"
	// was heard as owning an act; 88.8% after the round that read fresh9;
	// 90.0% and none after the round that read fresh10 to fresh12.
	// 90.0% and 0 before the classifier learnt from its drafts, 94.6% and 0
	// after.
	// 97.5% and 0 once the part classifier may overrule a commitment
	// its rule found (commitVeto).
	// 97.9% and 0 once VAGUE-02 heard an apology addressed
	// to whoever may have been hurt, however the group is put.
	// 98.3% and 0 once MIN-01 no longer took "any
	// inconvenience" as minimising (the catalogue's COND-03 has it).
	// 97.9% and 0 once the harm classifier learnt round 4's late lines
	// (1,040 sentences that close an apology, half of them harmful) and each
	// harm got its own bar, no lower than 0.8 (blame and minimising 0.9, the
	// rest 0.8).
	"fresh7": {drafts: 241, floor: 0.979, goodAlarms: 0},
	// 75.6% and 3 good-apology alarms while it was blind, on main as the
	// round began; 76.8% and 3 after the round's merged branches, the last
	// score taken blind; 86.8% and 2 once its harm misses had been read and
	// tuned on; 87.2% and 1 once "omg sorry" was heard as an apology; 87.6%
	// and none once asking for help with one's temper was heard as a step
	// against a repeat; 92.0% after the round that read fresh9.
	// 92.4% and 0 before the classifier learnt from its drafts, 96.0% and 0
	// after.
	// 96.4% and 0 with the harm classifier (trained on its drafts).
	// 96.8% and 0 once the part classifier may overrule a commitment
	// its rule found (commitVeto).
	// 97.6% and 0 once MIN-01 no longer took "any
	// inconvenience" as minimising (the catalogue's COND-03 has it).
	// 98.0% and 0 after the public-statement harms heard in fresh41's
	// misses, and ownership missing where a draft hands the cause elsewhere
	// and owns no act
	"fresh8": {drafts: 250, floor: 0.980, goodAlarms: 0},
	// 73.2% and 4 good-apology alarms while it was blind, on main as the
	// round began; 74.4% and 4 after the round's first merged branches, the
	// last score taken blind; 82.3% and 4 once its misses had been read and
	// tuned on; 86.2% and 1 after the round that read fresh10, fresh11 and
	// fresh12.
	// 86.2% and 1 before the classifier learnt from its drafts, 92.9% and 0
	// after.
	// 94.9% and 0 with the harm classifier (trained on its drafts).
	// 95.7% and 0 once the part classifier may overrule a commitment
	// its rule found (commitVeto).
	// 96.5% and 0 once "sorry for how I behaved" was vague
	// only while SPEC-01 found no act (VAGUE-05), and a place ("at the
	// party") no longer named one.
	// 96.0% and 0 once "sorry about Friday night" was heard as owning the
	// act: one draft here is labelled the other way, against fourteen in
	// the fresh sets that take it as owned, so the floor went down by it.
	// 96.4% and 0 once VAGUE-06 heard "sorry for the things I've done" and
	// "to anyone I may have let down", and OVER-02 "we guarantee … will
	// never … again".
	// 96.0% and 0 after a bare gesture at a repair ('I'll make it up to
	// you') stops counting as a remedy
	// 96.4% and 0 after the harms heard in fresh44's misses
	"fresh9": {drafts: 254, floor: 0.964, goodAlarms: 0},
	// 84.1% and 3 good-apology alarms blind, when it was first scored; 84.5%
	// once the remedy structure of the round it was written in had landed,
	// before its misses were read; 92.6% and 2 once they and fresh11's and
	// fresh12's had been.
	// 92.6% and 2 before the classifier learnt from its drafts, 96.5% and 0
	// after.
	// 97.3% and 0 with the harm classifier (trained on its drafts).
	// 97.7% and 0 once MIN-01 took "I barely" as minimising
	// only before an act on the thing ("I barely skimmed them").
	// 97.2% and 0 once the harm classifier learnt round 4's late lines
	// (1,040 sentences that close an apology, half of them harmful) and each
	// harm got its own bar, no lower than 0.8 (blame and minimising 0.9, the
	// rest 0.8).
	// 97.6% and 0 once VAGUE-06 heard "sorry for the things I've done" and
	// "to anyone I may have let down", and OVER-02 "we guarantee … will
	// never … again".
	"fresh10": {drafts: 258, floor: 0.976, goodAlarms: 0},
	// 67.6% and 6 good-apology alarms blind on main as the round began;
	// 70.4% and 6 after the round's first five merged branches, the last
	// score taken blind; 83.2% and 1 once its misses and fresh12's had been
	// read; 84.8% once sentences that shift, shrink or defend the harm
	// carried no part.
	// 86.8% and 1 before the classifier learnt from its drafts, 92.8% and 1
	// after.
	// 91.2% and 1 once the part model became the average of 16
	// fits instead of one fit whose seed had been kept through the rounds
	// (the held-out set 286 -> 287, blind fresh27/28 408 -> 410).
	// 92.0% and 1 once the part classifier may overrule a commitment
	// its rule found (commitVeto).
	// 92.4% and 1 once COND-10 read an if-clause that opens
	// the sentence and is closed by the apology as governing it.
	// 92.8% and 1 once VAGUE-02 heard an apology addressed
	// to whoever may have been hurt, however the group is put.
	// 93.6% and 0 once "sorry for how I behaved" was vague
	// only while SPEC-01 found no act (VAGUE-05), and a place ("at the
	// party") no longer named one.
	// 94.0% and 0 once PASS-04 heard an apology for a thing done to them
	// with no one who did it ("sorry your order was sent to the wrong
	// address"), where the draft admits no act.
	"fresh11": {drafts: 250, floor: 0.940, goodAlarms: 0},
	// 81.2% and 5 good-apology alarms blind on main as the round began;
	// 82.8% and 4 at the round's end, the last score taken blind; 87.2% and
	// none once its misses had been read.
	// 88.0% and 0 before the classifier learnt from its drafts, 90.4% and 0
	// after.
	// 90.8% and 0 once COM-01 no longer took a vague promise to be better as a
	// commitment, and the retraining that needed moved commitment's
	// threshold from 0.37 to 0.31.
	// 92.0% and 0 with the harm classifier (trained on its drafts).
	// 92.4% and 0 once the part classifier may overrule a commitment
	// its rule found (commitVeto).
	// 92.8% and 0 once the harm classifier reads every sentence after the apology, those
	// past the next one at lateHarmBar.
	// 92.0% and 0 once the harm classifier learnt round 4's late lines
	// (1,040 sentences that close an apology, half of them harmful) and each
	// harm got its own bar, no lower than 0.8 (blame and minimising 0.9, the
	// rest 0.8).
	// 92.4% and 0 after PASS-01 heard "was handled poorly" of any subject,
	// BLAME-03 "not our fault" and EXC-02 "an absolute nightmare"
	// 92.8% and 0 after a bare gesture at a repair ('I'll make it up to
	// you') stops counting as a remedy
	// 93.2% and 0 after the harms heard in fresh45's and fresh46's misses
	"fresh12": {drafts: 250, floor: 0.932, goodAlarms: 0},
	// 67.7% and 4 good-apology alarms blind on main as the round began;
	// 70.0% and 4 at the round's end, the last score taken blind; 76.1% and
	// 1 once its misses had been read, 77.6% after the next rounds.
	// 77.7% and 1 before the classifier learnt from its drafts, 85.4% and 0
	// after.
	// 84.6% and 0 once the part model became the average of 16
	// fits instead of one fit whose seed had been kept through the rounds
	// (the held-out set 286 -> 287, blind fresh27/28 408 -> 410).
	// 89.6% and 0 with the harm classifier (trained on its drafts).
	// 90.0% and 0 once the part classifier may overrule a commitment
	// its rule found (commitVeto).
	// 90.8% and 0 once COND-10 read an if-clause that opens
	// the sentence and is closed by the apology as governing it.
	// 91.2% and 0 once VAGUE-02 heard an apology addressed
	// to whoever may have been hurt, however the group is put.
	// 91.9% and 0 once "sorry for how I behaved" was vague
	// only while SPEC-01 found no act (VAGUE-05), and a place ("at the
	// party") no longer named one.
	// 91.5% and 0 once REM-01 no longer took a bare "I'll make it up to you"
	// or "we will do all we can to put this right" as a remedy, and the part
	// classifier was retrained.
	// 91.9% and 0 once REM-01's lines for a bare "I'll make it up to you"
	// were taken out again: retrained with the unsure thresholds swept
	// again, as the sweep test requires, they read the held-out set one
	// draft worse.
	// 92.3% and 0 after PASS-01 heard "was handled poorly" of any subject,
	// BLAME-03 "not our fault" and EXC-02 "an absolute nightmare"
	"fresh13": {drafts: 260, floor: 0.923, goodAlarms: 0},
	// 80.0% and 6 good-apology alarms blind on main as the round began;
	// 82.4% and 6 at the round's end, the last score taken blind; 88.8% and
	// 1 once its misses had been read.
	// 89.6% and 1 before the classifier learnt from its drafts, 95.6% and 1
	// after.
	// 97.6% and 1 once the part classifier may overrule a commitment
	// its rule found (commitVeto).
	// 98.4% and 0 once "sorry for how I behaved" was vague
	// only while SPEC-01 found no act (VAGUE-05), and a place ("at the
	// party") no longer named one.
	// 98.0% and 0 once the harm classifier learnt round 4's late lines
	// (1,040 sentences that close an apology, half of them harmful) and each
	// harm got its own bar, no lower than 0.8 (blame and minimising 0.9, the
	// rest 0.8).
	// 98.4% and 0 once REM-01 no longer took a bare "I'll make it up to you"
	// or "we will do all we can to put this right" as a remedy, and the part
	// classifier was retrained.
	// 98.0% and 0 once REM-01's lines for a bare "I'll make it up to you"
	// were taken out again: retrained with the unsure thresholds swept
	// again, as the sweep test requires, they read the held-out set one
	// draft worse.
	// 98.4% and 0 after the public-statement harms heard in fresh41's
	// misses, and ownership missing where a draft hands the cause elsewhere
	// and owns no act
	// 98.8% and 0 after a bare gesture at a repair stops counting as a
	// remedy, remedies said in the present count, and the remedy and impact
	// unsure thresholds follow the sweep to 0.23
	"fresh14": {drafts: 250, floor: 0.988, goodAlarms: 0},
	// 77.4% and 6 good-apology alarms blind on main as the round began and
	// still at the round's end, the last score taken blind; 81.3% and 1 once
	// its misses had been read.
	// 81.3% and 1 before the classifier's thresholds were swept on it, 87.2%
	// and 0 after.
	// 86.8% and 0 once COM-01 no longer took a vague promise to be better as a
	// commitment, and the retraining that needed moved commitment's
	// threshold from 0.37 to 0.31.
	// 84.8% and 0 once the part model became the average of 16
	// fits instead of one fit whose seed had been kept through the rounds
	// (the held-out set 286 -> 287, blind fresh27/28 408 -> 410).
	// 86.0% and 0 with the harm classifier (trained on its drafts).
	// 86.4% and 0 once the part classifier may overrule a commitment
	// its rule found (commitVeto).
	// 86.8% and 0 once the harm classifier reads every sentence after the apology, those
	// past the next one at lateHarmBar.
	// 87.2% and 0 once COND-10 read an if-clause that opens
	// the sentence and is closed by the apology as governing it.
	// 87.5% and 0 once MIN-01 no longer took "any
	// inconvenience" as minimising (the catalogue's COND-03 has it).
	// 86.7% and 0 once the harm classifier learnt round 4's late lines
	// (1,040 sentences that close an apology, half of them harmful) and each
	// harm got its own bar, no lower than 0.8 (blame and minimising 0.9, the
	// rest 0.8).
	// 85.9% and 0 once REM-01 no longer took a bare "I'll make it up to you"
	// or "we will do all we can to put this right" as a remedy, and the part
	// classifier was retrained.
	// 86.7% and 0 once REM-01's lines for a bare "I'll make it up to you"
	// were taken out again: retrained with the unsure thresholds swept
	// again, as the sweep test requires, they read the held-out set one
	// draft worse.
	// 87.1% and 0 after more phrase lines read off fresh32's misses
	// 87.5% and 0 after MIN-01 heard "I was only messing" and MIN-08 "I
	// barely raised my voice"
	// 87.9% and 0 after the public-statement harms heard in fresh41's
	// misses, and ownership missing where a draft hands the cause elsewhere
	// and owns no act
	// 87.5% and 0 after a bare gesture at a repair ('I'll make it up to
	// you') stops counting as a remedy
	// 88.7% and 0 after a bare gesture at a repair stops counting as a
	// remedy, remedies said in the present count, and the remedy and impact
	// unsure thresholds follow the sweep to 0.23
	"fresh15": {drafts: 257, floor: 0.887, goodAlarms: 0},
	// 72.9% and 1 good-apology alarm blind on main as the round began; 73.7%
	// and 1 at the round's end, the last score taken blind; 83.7% and 1 once
	// its misses had been read.
	// 83.7% and 1 before the classifier's thresholds were swept on it, 83.3%
	// and 4 after: three good apologies whose remedy the classifier reads
	// too weakly ("ive put u back in for the autumn league") are told it is
	// missing.
	// 82.9% and 5 once COM-01 no longer took a vague promise to be better as a
	// commitment, and the retraining that needed moved commitment's
	// threshold from 0.37 to 0.31.
	// 84.9% and 4 with the harm classifier (trained on its drafts).
	// 85.3% and 4 once the part classifier may overrule a commitment
	// its rule found (commitVeto).
	// 85.7% and 4 once MIN-01 no longer took "any
	// inconvenience" as minimising (the catalogue's COND-03 has it).
	// 86.1% and 4 once MIN-01 took "I barely" as minimising
	// only before an act on the thing ("I barely skimmed them").
	// 86.4% and 4 once "I'm still sorry", "sorry about Saturday night", "I
	// have owed you an apology" and "Dear Mum and Dad, sorry" were heard as
	// saying sorry or owning the act.
	// 86.0% and 4 once the harm classifier learnt round 4's late lines
	// (1,040 sentences that close an apology, half of them harmful) and each
	// harm got its own bar, no lower than 0.8 (blame and minimising 0.9, the
	// rest 0.8).
	// 86.4% and 4 once OWN-02 heard more acts owned ("I set up the PA too
	// close", "I lit it", "I didn't hand it in") and a decision or
	// responsibility called "ours".
	// 86.8% and 4 once BLAME-98 heard a turn to others ("That said, the
	// builders you hired…", "Mind you, if you'd used the emergency number…")
	// in any sentence after the apology, not only the one right after it.
	"fresh16": {drafts: 251, floor: 0.868, goodAlarms: 4},
	// 80.9% and 3 good-apology alarms blind on main as the round began and
	// still at the round's end, the last score taken blind; 82.0% and 1 once
	// its misses had been read.
	// 82.0% and 1 before the classifier's thresholds were swept on it, 83.9%
	// and 1 after.
	// 83.5% and 1 once COM-01 no longer took a vague promise to be better as a
	// commitment, and the retraining that needed moved commitment's
	// threshold from 0.37 to 0.31.
	// 83.1% and 1 once the part model became the average of 16
	// fits instead of one fit whose seed had been kept through the rounds
	// (the held-out set 286 -> 287, blind fresh27/28 408 -> 410).
	// 85.8% and 1 with the harm classifier (trained on its drafts).
	// 86.1% and 1 once the harm classifier reads every sentence after the apology, those
	// past the next one at lateHarmBar.
	// 86.9% and 1 once COND-10 read an if-clause that opens
	// the sentence and is closed by the apology as governing it.
	// 86.5% and 1 once "sorry for how I behaved" was vague
	// only while SPEC-01 found no act (VAGUE-05), and a place ("at the
	// party") no longer named one: one draft lower, as "because I mixed
	// up the time" names no act SPEC-01 knows, and the place it had
	// stood on ("at the restaurant") no longer counts.
	// 86.8% and 1 once PASS-04 heard an apology for a thing done to them
	// with no one who did it ("sorry your order was sent to the wrong
	// address"), where the draft admits no act.
	// 87.2% and 1 once COND-10 heard an organisation's "apologises" after an
	// opening if-clause.
	// 87.6% and 1 after phrase lines read off fresh34's and fresh35's misses
	// 87.2% and 1 after a bare gesture at a repair ('I'll make it up to
	// you') stops counting as a remedy
	// 87.6% and 1 after a bare gesture at a repair stops counting as a
	// remedy, remedies said in the present count, and the remedy and impact
	// unsure thresholds follow the sweep to 0.23
	"fresh17": {drafts: 267, floor: 0.876, goodAlarms: 1},
	// 66.8% and 10 good-apology alarms blind on main as the round began;
	// 67.1% and 10 at the round's end, the last score taken blind; 72.2% and
	// 2 once its misses had been read.
	// 72.2% and 2 before the classifier's thresholds were swept on it, 75.5%
	// and 0 after.
	// 74.7% and 0 once COM-01 no longer took a vague promise to be better as a
	// commitment, and the retraining that needed moved commitment's
	// threshold from 0.37 to 0.31.
	// 74.4% and 0 once the part model became the average of 16
	// fits instead of one fit whose seed had been kept through the rounds
	// (the held-out set 286 -> 287, blind fresh27/28 408 -> 410).
	// 80.1% and 0 with the harm classifier (trained on its drafts).
	// 80.5% and 0 once the part classifier may overrule a commitment
	// its rule found (commitVeto).
	// 80.9% and 0 once the harm classifier reads every sentence after the apology, those
	// past the next one at lateHarmBar.
	// 81.6% and 0 once COND-10 read an if-clause that opens
	// the sentence and is closed by the apology as governing it.
	// 82.3% and 0 once VAGUE-02 heard an apology addressed
	// to whoever may have been hurt, however the group is put.
	// 82.7% and 0 once "sorry for how I behaved" was vague
	// only while SPEC-01 found no act (VAGUE-05), and a place ("at the
	// party") no longer named one.
	// 83.7% and 0 once PASS-04 heard an apology for a thing done to them
	// with no one who did it ("sorry your order was sent to the wrong
	// address"), where the draft admits no act.
	// 84.1% and 0 once REM-01 no longer took a bare "I'll make it up to you"
	// or "we will do all we can to put this right" as a remedy, and the part
	// classifier was retrained.
	// 83.7% and 0 once REM-01's lines for a bare "I'll make it up to you"
	// were taken out again: retrained with the unsure thresholds swept
	// again, as the sweep test requires, they read the held-out set one
	// draft worse.
	// 84.1% and 0 after OVER-01 heard "ensure that nothing like this ever
	// happens again"
	// 84.8% and 0 after the public-statement harms heard in fresh41's
	// misses, and ownership missing where a draft hands the cause elsewhere
	// and owns no act
	// 85.1% and 0 after a bare gesture at a repair ('I'll make it up to
	// you') stops counting as a remedy
	// 85.9% and 0 after a bare gesture at a repair stops counting as a
	// remedy, remedies said in the present count, and the remedy and impact
	// unsure thresholds follow the sweep to 0.23
	"fresh18": {drafts: 277, floor: 0.859, goodAlarms: 0},
	// 87.3% and 7 good-apology alarms blind on main as the round began; 88.5%
	// (230) and 5 with the classifier that learns from labelled drafts, the
	// last score taken blind; then swept on (88.5% and 6 after the sweep
	// that read it and REM-01's "I want to apologise to anyone who…").
	// 89.2% and 5 once COM-01 no longer took a vague promise to be better as a
	// commitment, and the retraining that needed moved commitment's
	// threshold from 0.37 to 0.31.
	// 90.8% and 6 with the harm classifier (trained on its drafts).
	// 91.2% and 6 once the harm classifier reads every sentence after the apology, those
	// past the next one at lateHarmBar.
	// 91.5% and 6 once VAGUE-02 heard an apology addressed
	// to whoever may have been hurt, however the group is put.
	// 91.9% and 5 once the harm classifier learnt round 4's late lines
	// (1,040 sentences that close an apology, half of them harmful) and each
	// harm got its own bar, no lower than 0.8 (blame and minimising 0.9, the
	// rest 0.8).
	"fresh19": {drafts: 260, floor: 0.919, goodAlarms: 5},
	// 73.4% and 3 good-apology alarms blind on main as the round began;
	// 75.7% (196) and 3 with the classifier that learns from labelled
	// drafts, the last score taken blind; 76.1% once swept on.
	// 76.4% and 3 once COM-01 no longer took a vague promise to be better as a
	// commitment, and the retraining that needed moved commitment's
	// threshold from 0.37 to 0.31.
	// 75.7% and 3 once the part model became the average of 16
	// fits instead of one fit whose seed had been kept through the rounds
	// (the held-out set 286 -> 287, blind fresh27/28 408 -> 410).
	// 81.5% and 3 with the harm classifier (trained on its drafts).
	// 81.8% and 3 once "I'm still sorry", "sorry about Saturday night", "I
	// have owed you an apology" and "Dear Mum and Dad, sorry" were heard as
	// saying sorry or owning the act.
	// 82.2% and 3 once the harm classifier learnt round 4's late lines
	// (1,040 sentences that close an apology, half of them harmful) and each
	// harm got its own bar, no lower than 0.8 (blame and minimising 0.9, the
	// rest 0.8).
	// 82.6% and 3 once PRES-04 heard a public apology that declares the
	// matter over and MIN-05 heard those harmed counted small ("a handful of
	// residents").
	// 83.0% and 3 once REM-01 no longer took a bare "I'll make it up to you"
	// or "we will do all we can to put this right" as a remedy, and the part
	// classifier was retrained.
	// 82.6% and 3 once REM-01's lines for a bare "I'll make it up to you"
	// were taken out again: retrained with the unsure thresholds swept
	// again, as the sweep test requires, they read the held-out set one
	// draft worse.
	// 83.0% and 3 after phrase lines read off fresh33's misses
	// 83.3% and 3 after BLAME-07 heard those who came before as the cause
	// 84.1% and 3 after the public-statement harms heard in fresh41's
	// misses, and ownership missing where a draft hands the cause elsewhere
	// and owns no act
	// 84.5% and 3 after the harms and look-alikes heard in fresh40's and
	// fresh43's misses
	// 84.9% and 3 after a bare gesture at a repair ('I'll make it up to
	// you') stops counting as a remedy
	// 85.3% and 3 after a bare gesture at a repair stops counting as a
	// remedy, remedies said in the present count, and the remedy and impact
	// unsure thresholds follow the sweep to 0.23
	"fresh20": {drafts: 259, floor: 0.853, goodAlarms: 3},
	// 75.3% and 9 good-apology alarms blind on main as the round began;
	// 76.4% and 8 at the round's end, the last score taken blind (neither
	// trained nor swept on).
	// 76.8% and 8 once COM-01 no longer took a vague promise to be better as a
	// commitment, and the retraining that needed moved commitment's
	// threshold from 0.37 to 0.31.
	// 82.2% and 7 with the harm classifier (trained on its drafts).
	// 82.6% and 7 once the part classifier may overrule a commitment
	// its rule found (commitVeto).
	// 83.0% and 7 once PRES-03 heard "apologised three times for the
	// party" and "what more do you actually want".
	// 83.8% and 7 once COND-10 read an if-clause that opens
	// the sentence and is closed by the apology as governing it.
	// 84.2% and 6 once "sorry for how I behaved" was vague
	// only while SPEC-01 found no act (VAGUE-05), and a place ("at the
	// party") no longer named one.
	// 84.5% and 5 once "I'm still sorry", "sorry about Saturday night", "I
	// have owed you an apology" and "Dear Mum and Dad, sorry" were heard as
	// saying sorry or owning the act.
	// 83.7% and 5 once the harm classifier learnt round 4's late lines
	// (1,040 sentences that close an apology, half of them harmful) and each
	// harm got its own bar, no lower than 0.8 (blame and minimising 0.9, the
	// rest 0.8).
	// 84.9% and 5 once PASS-04 heard an apology for a thing done to them
	// with no one who did it ("sorry your order was sent to the wrong
	// address"), where the draft admits no act.
	// 85.7% and 5 once REM-01 no longer took a bare "I'll make it up to you"
	// or "we will do all we can to put this right" as a remedy, and the part
	// classifier was retrained.
	// 84.9% and 5 once REM-01's lines for a bare "I'll make it up to you"
	// were taken out again: retrained with the unsure thresholds swept
	// again, as the sweep test requires, they read the held-out set one
	// draft worse.
	// 84.9% and 6 after a bare gesture at a repair stops counting as a
	// remedy, remedies said in the present count, and the remedy and impact
	// unsure thresholds follow the sweep to 0.23
	"fresh21": {drafts: 259, floor: 0.849, goodAlarms: 6},
	// 79.3% and 2 good-apology alarms blind on main as the round began;
	// 79.7% and 2 at the round's end, the last score taken blind (neither
	// trained nor swept on).
	// 79.3% and 2 once COM-01 no longer took a vague promise to be better as a
	// commitment, and the retraining that needed moved commitment's
	// threshold from 0.37 to 0.31.
	// 79.7% and 2 with BLAME-75 and OWN-01's line for an organisation
	// saying sorry in its own name.
	// 84.2% and 2 with the harm classifier (trained on its drafts).
	// 83.8% and 2 once the harm classifier reads every sentence after the apology, those
	// past the next one at lateHarmBar: one draft lower, as a club's
	// minimising letter is now told it makes an excuse as well.
	// 84.2% and 2 once COND-10 read an if-clause that opens
	// the sentence and is closed by the apology as governing it.
	// 85.0% and 2 once MIN-01 no longer took "any
	// inconvenience" as minimising (the catalogue's COND-03 has it).
	// 84.5% and 2 once the harm classifier learnt round 4's late lines
	// (1,040 sentences that close an apology, half of them harmful) and each
	// harm got its own bar, no lower than 0.8 (blame and minimising 0.9, the
	// rest 0.8).
	// 85.3% and 2 once PRES-04 heard a public apology that declares the
	// matter over and MIN-05 heard those harmed counted small ("a handful of
	// residents").
	// 84.9% and 2 once OWN-02 heard more acts owned ("I set up the PA too
	// close", "I lit it", "I didn't hand it in") and a decision or
	// responsibility called "ours".
	// 85.3% and 2 once REM-01 no longer took a bare "I'll make it up to you"
	// or "we will do all we can to put this right" as a remedy, and the part
	// classifier was retrained.
	// 85.7% and 2 once VAGUE-06 heard "sorry for the things I've done" and
	// "to anyone I may have let down", and OVER-02 "we guarantee … will
	// never … again".
	// 85.3% and 2 once REM-01's lines for a bare "I'll make it up to you"
	// were taken out again: retrained with the unsure thresholds swept
	// again, as the sweep test requires, they read the held-out set one
	// draft worse.
	// 85.7% and 2 after fewer false alarms on fresh34's and fresh35's good
	// apologies
	"fresh22": {drafts: 266, floor: 0.857, goodAlarms: 2},
	// 75.1% and 8 good-apology alarms blind on the main before the
	// classifier learnt from labelled drafts; 76.2% and 9 on the main
	// after, the last score taken blind.
	// 76.6% and 8 once COM-01 no longer took a vague promise to be better as a
	// commitment, and the retraining that needed moved commitment's
	// threshold from 0.37 to 0.31.
	// 76.2% and 8 once the part model became the average of 16
	// fits instead of one fit whose seed had been kept through the rounds
	// (the held-out set 286 -> 287, blind fresh27/28 408 -> 410).
	// 80.5% and 8 with the harm classifier (trained on its drafts).
	// 80.8% and 8 once the part classifier may overrule a commitment
	// its rule found (commitVeto).
	// 81.2% and 8 once the harm classifier reads every sentence after the apology, those
	// past the next one at lateHarmBar.
	// 81.6% and 8 once COND-10 read an if-clause that opens
	// the sentence and is closed by the apology as governing it.
	// 82.0% and 8 once VAGUE-02 heard an apology addressed
	// to whoever may have been hurt, however the group is put.
	// 81.6% and 8 once the harm classifier learnt round 4's late lines
	// (1,040 sentences that close an apology, half of them harmful) and each
	// harm got its own bar, no lower than 0.8 (blame and minimising 0.9, the
	// rest 0.8).
	// 81.9% and 8 once PASS-04 heard an apology for a thing done to them
	// with no one who did it ("sorry your order was sent to the wrong
	// address"), where the draft admits no act.
	// 81.2% and 9 once REM-01 no longer took a bare "I'll make it up to you"
	// or "we will do all we can to put this right" as a remedy, and the part
	// classifier was retrained.
	// 81.9% and 8 once REM-01's lines for a bare "I'll make it up to you"
	// were taken out again: retrained with the unsure thresholds swept
	// again, as the sweep test requires, they read the held-out set one
	// draft worse.
	// 82.3% and 8 after BLAME-100 (an emphatic "you did" or "you do" after
	// the apology)
	// 82.7% and 8 after the harms and look-alikes heard in fresh40's and
	// fresh43's misses
	// 83.1% and 8 after a bare gesture at a repair stops counting as a
	// remedy, remedies said in the present count, and the remedy and impact
	// unsure thresholds follow the sweep to 0.23
	"fresh23": {drafts: 261, floor: 0.831, goodAlarms: 8},
	// 72.5% and 8 good-apology alarms blind on the main before the
	// classifier learnt from labelled drafts; 74.5% and 7 on the main
	// after, the last score taken blind.
	// 74.1% and 7 once COM-01 no longer took a vague promise to be better as a
	// commitment, and the retraining that needed moved commitment's
	// threshold from 0.37 to 0.31.
	// 74.5% and 6 with BLAME-75 and OWN-01's line for an organisation
	// saying sorry in its own name.
	// 78.8% and 6 with the harm classifier (trained on its drafts).
	// 79.2% and 6 once the part classifier may overrule a commitment
	// its rule found (commitVeto).
	// 79.6% and 6 once the harm classifier reads every sentence after the apology, those
	// past the next one at lateHarmBar.
	// 80.0% and 6 once VAGUE-02 heard an apology addressed
	// to whoever may have been hurt, however the group is put.
	// 80.4% and 6 once MIN-01 no longer took "any
	// inconvenience" as minimising (the catalogue's COND-03 has it).
	// 79.2% and 6 once the harm classifier learnt round 4's late lines
	// (1,040 sentences that close an apology, half of them harmful) and each
	// harm got its own bar, no lower than 0.8 (blame and minimising 0.9, the
	// rest 0.8).
	// 79.6% and 6 once PASS-04 heard an apology for a thing done to them
	// with no one who did it ("sorry your order was sent to the wrong
	// address"), where the draft admits no act.
	// 80.0% and 6 once PRES-04 heard a public apology that declares the
	// matter over and MIN-05 heard those harmed counted small ("a handful of
	// residents").
	// 80.3% and 5 once OWN-02 heard more acts owned ("I set up the PA too
	// close", "I lit it", "I didn't hand it in") and a decision or
	// responsibility called "ours".
	// 80.7% and 5 once REM-01 no longer took a bare "I'll make it up to you"
	// or "we will do all we can to put this right" as a remedy, and the part
	// classifier was retrained.
	// 80.3% and 5 once REM-01's lines for a bare "I'll make it up to you"
	// were taken out again: retrained with the unsure thresholds swept
	// again, as the sweep test requires, they read the held-out set one
	// draft worse.
	// 80.7% and 5 after a bare gesture at a repair ('I'll make it up to
	// you') stops counting as a remedy
	"fresh24": {drafts: 255, floor: 0.807, goodAlarms: 5},
	// 78.1% and 8 good-apology alarms blind on the main this set's round
	// began with; 78.1% and 5 on the main it ended with, the last score
	// taken blind (neither trained nor swept on).
	// 81.5% and 4 with the harm classifier (not trained on it; its bar is chosen on fresh25
	// and fresh26).
	// 81.5% and 5 once the part classifier may overrule a commitment
	// its rule found (commitVeto): "I've booked a first session with a counsellor …,
	// because this is a pattern in me" is read as no commitment.
	// 82.6% and 5 once the harm classifier reads every sentence after the apology, those
	// past the next one at lateHarmBar.
	// 82.9% and 5 once REM-01 no longer took a bare "I'll make it up to you"
	// or "we will do all we can to put this right" as a remedy, and the part
	// classifier was retrained.
	// 82.5% and 5 once REM-01's lines for a bare "I'll make it up to you"
	// were taken out again: retrained with the unsure thresholds swept
	// again, as the sweep test requires, they read the held-out set one
	// draft worse.
	// 82.9% and 5 after phrase lines read off fresh33's misses
	// 82.9% and 6 after a bare gesture at a repair stops counting as a
	// remedy, remedies said in the present count, and the remedy and impact
	// unsure thresholds follow the sweep to 0.23
	"fresh25": {drafts: 270, floor: 0.829, goodAlarms: 6},
	// 68.5% and 8 good-apology alarms blind on the main this set's round
	// began with; 69.3% and 7 on the main it ended with, the last score
	// taken blind (neither trained nor swept on).
	// 69.7% and 7 with BLAME-75 and OWN-01's line for an organisation
	// saying sorry in its own name.
	// 69.7% and 8 once the part model became the average of 16
	// fits instead of one fit whose seed had been kept through the rounds
	// (the held-out set 286 -> 287, blind fresh27/28 408 -> 410).
	// 73.0% and 8 with the harm classifier (not trained on it; its bar is chosen on fresh25
	// and fresh26).
	// 74.5% and 8 once the harm classifier reads every sentence after the apology, those
	// past the next one at lateHarmBar.
	// 74.9% and 8 once COND-10 read an if-clause that opens
	// the sentence and is closed by the apology as governing it.
	// 76.0% and 8 once VAGUE-02 heard an apology addressed
	// to whoever may have been hurt, however the group is put.
	// 76.4% and 8 once the harm classifier learnt round 4's late lines
	// (1,040 sentences that close an apology, half of them harmful) and each
	// harm got its own bar, no lower than 0.8 (blame and minimising 0.9, the
	// rest 0.8).
	// 77.1% and 8 once PRES-04 heard a public apology that declares the
	// matter over and MIN-05 heard those harmed counted small ("a handful of
	// residents").
	// 77.5% and 8 once REM-01 no longer took a bare "I'll make it up to you"
	// or "we will do all we can to put this right" as a remedy, and the part
	// classifier was retrained.
	// 77.1% and 8 once REM-01's lines for a bare "I'll make it up to you"
	// were taken out again: retrained with the unsure thresholds swept
	// again, as the sweep test requires, they read the held-out set one
	// draft worse.
	// 77.5% and 8 after BLAME-101 (what was done, said to be someone else's
	// doing)
	// 78.2% and 8 after DEF-07 heard a record or a pride put forward ("we
	// pride ourselves on our service")
	// 79.7% and 8 after a bare gesture at a repair ('I'll make it up to
	// you') stops counting as a remedy
	// 80.1% and 7 after the harms heard in fresh44's misses
	"fresh26": {drafts: 267, floor: 0.801, goodAlarms: 7},
	// 75.1% (205) and 8 good-apology alarms blind on the main this set's
	// round began with (a3d8e33), and the same with BLAME-75; neither
	// trained nor swept on.
	// 78.4% and 7 with the harm classifier (neither trained on it nor choosing its bar on it).
	// 78.8% and 7 once the part classifier may overrule a commitment
	// its rule found (commitVeto).
	// 79.1% and 7 once COND-10 read an if-clause that opens
	// the sentence and is closed by the apology as governing it.
	// 79.5% and 7 once VAGUE-02 heard an apology addressed
	// to whoever may have been hurt, however the group is put.
	// 79.8% and 6 once "I'm still sorry", "sorry about Saturday night", "I
	// have owed you an apology" and "Dear Mum and Dad, sorry" were heard as
	// saying sorry or owning the act.
	// 79.4% and 6 once the harm classifier learnt round 4's late lines
	// (1,040 sentences that close an apology, half of them harmful) and each
	// harm got its own bar, no lower than 0.8 (blame and minimising 0.9, the
	// rest 0.8).
	// 79.8% and 6 once PASS-04 heard an apology for a thing done to them
	// with no one who did it ("sorry your order was sent to the wrong
	// address"), where the draft admits no act.
	// 80.2% and 6 once BLAME-98 heard a turn to others ("That said, the
	// builders you hired…", "Mind you, if you'd used the emergency number…")
	// in any sentence after the apology, not only the one right after it.
	// 80.5% and 6 once REM-01 no longer took a bare "I'll make it up to you"
	// or "we will do all we can to put this right" as a remedy, and the part
	// classifier was retrained.
	// 80.2% and 6 once REM-01's lines for a bare "I'll make it up to you"
	// were taken out again: retrained with the unsure thresholds swept
	// again, as the sweep test requires, they read the held-out set one
	// draft worse.
	// 80.9% and 6 after BLAME-100 (an emphatic "you did" or "you do" after
	// the apology)
	// 81.3% and 6 after more phrase lines read off fresh32's misses
	// 82.0% and 6 after a bare gesture at a repair ('I'll make it up to
	// you') stops counting as a remedy
	// 82.4% and 6 after a bare gesture at a repair stops counting as a
	// remedy, remedies said in the present count, and the remedy and impact
	// unsure thresholds follow the sweep to 0.23
	"fresh27": {drafts: 273, floor: 0.824, goodAlarms: 6},
	// 70.2% (203) and 5 good-apology alarms blind on the main this set's
	// round began with (a3d8e33), and the same with BLAME-75; neither
	// trained nor swept on.
	// 73.4% and 5 with the harm classifier (neither trained on it nor choosing its bar on it).
	// 74.7% and 5 once the part classifier may overrule a commitment
	// its rule found (commitVeto).
	// 75.8% and 5 once the harm classifier reads every sentence after the apology, those
	// past the next one at lateHarmBar.
	// 76.5% and 5 once VAGUE-02 heard an apology addressed
	// to whoever may have been hurt, however the group is put.
	// 76.8% and 5 once MIN-01 no longer took "any
	// inconvenience" as minimising (the catalogue's COND-03 has it).
	// 77.2% and 5 once "sorry for how I behaved" was vague
	// only while SPEC-01 found no act (VAGUE-05), and a place ("at the
	// party") no longer named one.
	// 77.5% and 5 once "I'm still sorry", "sorry about Saturday night", "I
	// have owed you an apology" and "Dear Mum and Dad, sorry" were heard as
	// saying sorry or owning the act.
	// 78.8% and 5 once PASS-04 heard an apology for a thing done to them
	// with no one who did it ("sorry your order was sent to the wrong
	// address"), where the draft admits no act.
	// 79.5% and 4 once OWN-02 heard more acts owned ("I set up the PA too
	// close", "I lit it", "I didn't hand it in") and a decision or
	// responsibility called "ours".
	// 79.9% and 4 once BLAME-33 heard sorry that they judge something so,
	// whatever the judgement ("sorry you feel the new rota was unfair to
	// you").
	// 80.2% and 4 once BLAME-98 heard a turn to others ("That said, the
	// builders you hired…", "Mind you, if you'd used the emergency number…")
	// in any sentence after the apology, not only the one right after it.
	// 80.6% and 4 once DEF-04 heard a grudging "I suppose I should say
	// sorry", DEF-07 "it comes from a good place" and "as a lifelong
	// supporter of", and PRES-04 "this matter can now be considered closed",
	// "be the bigger person" and "when does this end".
	// 80.9% and 4 after BLAME-101 (what was done, said to be someone else's
	// doing)
	// 81.3% and 4 after DEF-07 heard a record or a pride put forward ("we
	// pride ourselves on our service")
	// 81.6% and 4 after MIN-08 heard worse done by others ("other landlords
	// do far worse")
	// 82.0% and 4 after phrase lines read off fresh34's and fresh35's misses
	// 82.3% and 4 after fewer false alarms on fresh34's and fresh35's good
	// apologies
	// 82.6% and 4 after REG-01 heard a statement in the third person ("The
	// Senator regrets the remarks"), OVER-03 superlatives and "never … again
	// for as long as I play", and PASS-01 "safeguards have been put in
	// place"
	"fresh28": {drafts: 289, floor: 0.826, goodAlarms: 4},
	// Written for lateHarmBar, which is chosen on it (lateBarSets): long
	// drafts whose harm, or whose hard line for a harm reader, comes late.
	// 81.7% and 12 good-apology alarms blind, on main before the harm
	// classifier read past the sentence after the apology; 80.2% and 16
	// read by the first form of that, with a model retrained on the later
	// sentences as well and the same bar for all (the last score taken
	// blind); 81.7% and 12 once lateHarmBar had been chosen on it.
	// 82.1% and 12 once COND-10 read an if-clause that opens
	// the sentence and is closed by the apology as governing it.
	// 82.5% and 12 once MIN-01 no longer took "any
	// inconvenience" as minimising (the catalogue's COND-03 has it).
	// 83.3% and 11 once "I'm still sorry", "sorry about Saturday night", "I
	// have owed you an apology" and "Dear Mum and Dad, sorry" were heard as
	// saying sorry or owning the act.
	// 83.7% and 11 once the harm classifier learnt round 4's late lines
	// (1,040 sentences that close an apology, half of them harmful) and each
	// harm got its own bar, no lower than 0.8 (blame and minimising 0.9, the
	// rest 0.8).
	// 83.7% and 10 once OWN-02 heard more acts owned ("I set up the PA too
	// close", "I lit it", "I didn't hand it in") and a decision or
	// responsibility called "ours".
	// 84.1% and 10 once BLAME-98 heard a turn to others ("That said, the
	// builders you hired…", "Mind you, if you'd used the emergency number…")
	// in any sentence after the apology, not only the one right after it.
	// 83.7% and 10 after BLAME-100 (an emphatic "you did" or "you do" after
	// the apology)
	// 84.1% and 10 after phrase lines read off fresh34's and fresh35's
	// misses
	// 84.5% and 10 after PASS-01 heard "was handled poorly" of any subject,
	// BLAME-03 "not our fault" and EXC-02 "an absolute nightmare"
	// 85.3% and 10 after the harms and look-alikes heard in fresh40's and
	// fresh43's misses
	"fresh29": {drafts: 252, floor: 0.853, goodAlarms: 10},
	// Written with fresh29; its texts were not read while lateHarmBar was
	// chosen, but its score was taken for each form tried: 81.2% and 6
	// good-apology alarms on main; 82.8% and 9 with the first form (see
	// fresh29); 82.4% and 7 with the model retrained on the later
	// sentences too; 82.8% and 6 once the harm classifier reads every
	// sentence after the apology, those past the next one at lateHarmBar.
	// 83.2% and 6 once COND-10 read an if-clause that opens
	// the sentence and is closed by the apology as governing it.
	// 83.6% and 6 once MIN-01 no longer took "any
	// inconvenience" as minimising (the catalogue's COND-03 has it).
	// 84.0% and 6 once the harm classifier learnt round 4's late lines
	// (1,040 sentences that close an apology, half of them harmful) and each
	// harm got its own bar, no lower than 0.8 (blame and minimising 0.9, the
	// rest 0.8).
	// 84.4% and 6 once BLAME-98 heard a turn to others ("That said, the
	// builders you hired…", "Mind you, if you'd used the emergency number…")
	// in any sentence after the apology, not only the one right after it.
	// 84.8% and 6 after DEF-07 heard a record or a pride put forward ("we
	// pride ourselves on our service")
	// 85.2% and 5 after fewer false alarms on fresh34's and fresh35's good
	// apologies
	// 85.2% and 6 after a bare gesture at a repair ('I'll make it up to
	// you') stops counting as a remedy
	"fresh30": {drafts: 250, floor: 0.852, goodAlarms: 6},
	// Written blind by a helper from /work/briefs/fresh31.md (drafts that
	// never own the act, drafts with no remedy or only a gesture at one,
	// and subtle harms in every register): 70.4% (188) and 7 good-apology
	// alarms on main (1656948) when it was first scored, before its texts
	// were read.
	// 71.5% and 4 once OWN-01 heard an organisation's sorry after a greeting
	// ("Dear parents of Year 4, the school is sorry") and "this is me saying
	// sorry".
	// 73.7% and 4 once DEF-04 heard a grudging "I suppose I should say
	// sorry", DEF-07 "it comes from a good place" and "as a lifelong
	// supporter of", and PRES-04 "this matter can now be considered closed",
	// "be the bigger person" and "when does this end".
	// 75.6% and 4 once REM-01 no longer took a bare "I'll make it up to you"
	// or "we will do all we can to put this right" as a remedy, and the part
	// classifier was retrained.
	// 76.0% and 4 once BLAME-96 heard another party named as the cause
	// inside the apology and BLAME-02 someone else's act as the condition of
	// the writer's ("If Dad hadn't started on about my job, I'd never have
	// said it").
	// 77.1% and 4 once VAGUE-06 heard "sorry for the things I've done" and
	// "to anyone I may have let down", and OVER-02 "we guarantee … will
	// never … again".
	// 77.9% and 4 once EXC-05 heard difficult news and a department
	// "severely understaffed".
	// 78.2% and 4 once MIN-01 heard "let's not make this a big deal".
	// 78.6% and 4 once MIN-10 heard "this was a rare occurrence".
	// 76.7% and 4 once REM-01's lines for a bare "I'll make it up to you"
	// were taken out again: retrained with the unsure thresholds swept
	// again, as the sweep test requires, they read the held-out set one
	// draft worse.
	// 77.1% and 4 once EXC-ML left sympathy ("sorry to hear the week has
	// been so rough on you") alone.
	// 77.5% and 4 once BLAME-22 left "u cant stay mad at me forever tho" to
	// the pressure rules.
	// 77.9% and 4 after the public-statement harms heard in fresh41's
	// misses, and ownership missing where a draft hands the cause elsewhere
	// and owns no act
	// 79.7% and 4 after a bare gesture at a repair ('I'll make it up to
	// you') stops counting as a remedy
	"fresh31": {drafts: 267, floor: 0.797, goodAlarms: 4},
	// Written blind by a helper from /work/briefs/fresh32.md (every
	// situation and register; ownership, remedy and commitment written
	// both ways; quiet blame, pressure and minimizing in the middle and at
	// the end of good apologies): 78.7% (208) and 4 good-apology alarms on
	// main (ef10e8b) when it was first scored, before its texts were read.
	// 82.1% and 4 after phrase lines for pressure, minimising and blame read
	// off fresh32's misses
	// 85.6% and 4 after more phrase lines read off fresh32's misses
	// 85.9% and 4 after REM-01 left a session booked with a counsellor to
	// commitment
	// 86.3% and 4 after a bare gesture at a repair stops counting as a
	// remedy, remedies said in the present count, and the remedy and impact
	// unsure thresholds follow the sweep to 0.23
	// 86.7% and 4 after OWN-02 hears more of the writer's acts
	"fresh32": {drafts: 264, floor: 0.867, goodAlarms: 4},
	// Written blind by a helper from /work/briefs/fresh33.md (a quarter
	// public statements, long letters, non-native and older writers;
	// harms in a subordinate clause or the last paragraph): 77.7% (206)
	// and 10 good-apology alarms on main (ef10e8b) when it was first
	// scored, before its texts were read.
	// 78.1% and 9 after OWNING heard "not as an excuse"
	// 81.5% and 9 after phrase lines read off fresh33's misses
	// 82.2% and 8 after fewer false alarms on fresh34's and fresh35's good
	// apologies
	// 82.6% and 8 after the writer's reported words stopped at an
	// unpunctuated new clause
	// 83.3% and 8 after OWN-01/OWN-02 hear a name run into sorry, a writer
	// who first says who they are, an organisation apologising that its
	// staff did something, and more of the writer's acts
	"fresh33": {drafts: 265, floor: 0.833, goodAlarms: 8},
	// Written blind by a helper from /work/briefs/fresh34.md (good
	// apologies full of traps, parts missing in subtle ways, quiet harms):
	// 76.6% (207) and 6 good-apology alarms on main (30651b2) when it was
	// first scored, before its texts were read.
	// 84.8% and 6 after phrase lines read off fresh34's and fresh35's misses
	// 86.2% and 2 after fewer false alarms on fresh34's and fresh35's good
	// apologies
	// 86.6% and 2 after BLAME-07 heard advice relied on and a rogue employee
	// 87.0% and 1 after a bare gesture at a repair ('I'll make it up to
	// you') stops counting as a remedy
	"fresh34": {drafts: 270, floor: 0.870, goodAlarms: 1},
	// Written blind by a helper from /work/briefs/fresh35.md (half public
	// statements, non-apologies in the shapes the literature describes):
	// 78.0% (199) and 11 good-apology alarms on main (30651b2) when it was
	// first scored, before its texts were read.
	// 83.5% and 11 after phrase lines read off fresh34's and fresh35's
	// misses
	// 84.3% and 9 after fewer false alarms on fresh34's and fresh35's good
	// apologies
	// 85.0% and 7 after OWN-01/OWN-02 hear a name run into sorry, a writer
	// who first says who they are, an organisation apologising that its
	// staff did something, and more of the writer's acts
	// 85.4% and 7 after a bare gesture at a repair ('I'll make it up to
	// you') stops counting as a remedy
	"fresh35": {drafts: 255, floor: 0.854, goodAlarms: 7},
	// Written blind by a helper from /work/briefs/fresh36.md (private
	// apologies; ownership without "sorry", gestured remedies beside real
	// ones, quiet blame, minimising and pressure, each also as an innocent
	// look-alike): 84.5% (218) and 4 good-apology alarms on main (3218038)
	// when it was first scored, before its texts were read.
	// 85.2% and 4 after MIN-01 heard credit claimed ("at least I
	// remembered") and OVER-03 "every single time, day or night"
	// 85.6% and 4 after BLAME-01 heard their words as the cause ("your
	// messages made me so angry", "the way you were talking") and waiting on
	// them
	// 86.0% and 3 after COM-01 heard a rule the writer now keeps, in the
	// present
	// 87.2% and 3 after a bare gesture at a repair ('I'll make it up to
	// you') stops counting as a remedy
	"fresh36": {drafts: 258, floor: 0.872, goodAlarms: 3},
	// Written blind by a helper from /work/briefs/fresh37.md (voices least
	// like a textbook: rambling letters, unpunctuated texts, non-native,
	// older and workplace writers; subtle missing parts): 73.1% (185) and 8
	// good-apology alarms on main (3218038) when it was first scored,
	// before its texts were read.
	// 74.3% and 8 after DEF-05 "asked in good faith", MIN-08 "a light-
	// hearted aside" and VAGUE-02 "anyone in the group who felt"
	// 74.7% and 8 after REG-01 heard a statement in the third person ("The
	// Senator regrets the remarks"), OVER-03 superlatives and "never … again
	// for as long as I play", and PASS-01 "safeguards have been put in
	// place"
	// 75.0% and 8 after VAGUE-04 heard "the inconvenience this has caused
	// our customers"
	// 75.8% and 7 after OWN-01 heard "hiya, sorry", "I am writing to you to
	// apologise" and "the school owes you an apology"
	// 76.2% and 6 after OWN-01/OWN-02 hear a name run into sorry, a writer
	// who first says who they are, an organisation apologising that its
	// staff did something, and more of the writer's acts
	// 77.8% and 6 after a bare gesture at a repair ('I'll make it up to
	// you') stops counting as a remedy
	// 78.6% and 6 after a bare gesture at a repair stops counting as a
	// remedy, remedies said in the present count, and the remedy and impact
	// unsure thresholds follow the sweep to 0.23
	"fresh37": {drafts: 253, floor: 0.786, goodAlarms: 6},
	// Written blind by a helper from /work/briefs/fresh38.md (blame, excuse,
	// pressure and minimising in every shape, each also as an innocent
	// look-alike): 88.1% (224) and 7 good-apology alarms on main (8c5393a)
	// when it was first scored, before its texts were read.
	// 89.7% and 7 after PASS-01 heard "was handled poorly" of any subject,
	// BLAME-03 "not our fault" and EXC-02 "an absolute nightmare"
	// 90.1% and 6 after OWN-01 heard "hiya, sorry", "I am writing to you to
	// apologise" and "the school owes you an apology"
	// 90.5% and 5 after OWN-01/OWN-02 hear a name run into sorry, a writer
	// who first says who they are, an organisation apologising that its
	// staff did something, and more of the writer's acts
	// 90.9% and 4 after the harms and look-alikes heard in fresh40's and
	// fresh43's misses
	// 90.9% and 5 after a bare gesture at a repair ('I'll make it up to
	// you') stops counting as a remedy
	"fresh38": {drafts: 254, floor: 0.909, goodAlarms: 5},
	// Written blind by a helper from /work/briefs/fresh39.md (110 good
	// apologies with every part said a different way, 90 missing one
	// part): 77.6% (194) and 15 good-apology alarms on main (8c5393a) when
	// it was first scored, before its texts were read.
	// 78.8% and 12 after COM-01 heard a rule the writer now keeps, in the
	// present
	// 79.6% and 11 after OWN-01/OWN-02 hear a name run into sorry, a writer
	// who first says who they are, an organisation apologising that its
	// staff did something, and more of the writer's acts
	// 80.8% and 11 after a bare gesture at a repair ('I'll make it up to
	// you') stops counting as a remedy
	// 81.2% and 11 after a bare gesture at a repair stops counting as a
	// remedy, remedies said in the present count, and the remedy and impact
	// unsure thresholds follow the sweep to 0.23
	"fresh39": {drafts: 250, floor: 0.812, goodAlarms: 11},
	// Written blind by a helper from /work/briefs/fresh42.md (over half in
	// chat style: no capitals or punctuation, typos, names run into the
	// text; every harm written that way too): 90.0% (225) and 2
	// good-apology alarms on main (565eb47) when it was first scored,
	// before its texts were read.
	// 93.2% and 1 after the harms heard in fresh42's misses: 'stuff got
	// said', 'I only meant well', 'only a tenner', 'no need to make such a
	// fuss', 'never happen to any customer again', 'the traffic was mental',
	// 'you did the exact same', 'but you push me', 'this is not a reason'
	// 93.6% and 1 after a bare gesture at a repair ('I'll make it up to
	// you') stops counting as a remedy
	// 94.4% and 1 after a bare gesture at a repair stops counting as a
	// remedy, remedies said in the present count, and the remedy and impact
	// unsure thresholds follow the sweep to 0.23
	"fresh42": {drafts: 250, floor: 0.944, goodAlarms: 1},
	// Written blind by a helper from /work/briefs/fresh40.md (ownership
	// both ways: owned without the words, sorry for feelings or on another's
	// behalf; remedies of every shape beside gestures and habits): 87.4%
	// (223) and 5 good-apology alarms on main (9c5e64b) when it was first
	// scored, before its texts were read.
	// 87.8% and 5 after the public-statement harms heard in fresh41's
	// misses, and ownership missing where a draft hands the cause elsewhere
	// and owns no act
	// 91.3% and 2 after the harms and look-alikes heard in fresh40's and
	// fresh43's misses
	// 92.1% and 2 after a bare gesture at a repair ('I'll make it up to
	// you') stops counting as a remedy
	// 92.5% and 2 after a bare gesture at a repair stops counting as a
	// remedy, remedies said in the present count, and the remedy and impact
	// unsure thresholds follow the sweep to 0.23
	"fresh40": {drafts: 255, floor: 0.925, goodAlarms: 2},
	// Written blind by a helper from /work/briefs/fresh43.md (blame,
	// minimizing, pressure, defensive and excuse in their subtle shapes, each
	// beside an innocent look-alike in a good apology): 89.6% (226) and 7 good-apology alarms on main
	// (5084339) when it was first scored, before its texts were read.
	// 90.0% and 7 after the harms heard in fresh42's misses: 'stuff got
	// said', 'I only meant well', 'only a tenner', 'no need to make such a
	// fuss', 'never happen to any customer again', 'the traffic was mental',
	// 'you did the exact same', 'but you push me', 'this is not a reason'
	// 90.4% and 7 after the public-statement harms heard in fresh41's
	// misses, and ownership missing where a draft hands the cause elsewhere
	// and owns no act
	// 94.0% and 1 after the harms and look-alikes heard in fresh40's and
	// fresh43's misses
	// 94.4% and 1 after a bare gesture at a repair stops counting as a
	// remedy, remedies said in the present count, and the remedy and impact
	// unsure thresholds follow the sweep to 0.23
	"fresh43": {drafts: 252, floor: 0.944, goodAlarms: 1},
	// Written blind by a helper from /work/briefs/fresh41.md (half public
	// and formal statements: conditional and agentless regret, vague objects,
	// blame on a supplier or system, minimising, defence of a record): 76.5%
	// (199) and 4 good-apology alarms on main (5084339) when it was first
	// scored, before its texts were read.
	// 86.9% and 4 after the public-statement harms heard in fresh41's
	// misses, and ownership missing where a draft hands the cause elsewhere
	// and owns no act
	// 88.4% and 4 after a bare gesture at a repair ('I'll make it up to
	// you') stops counting as a remedy
	"fresh41": {drafts: 260, floor: 0.884, goodAlarms: 4},
	// Written blind by a helper from /work/briefs/fresh44.md (traps both
	// ways: negations, innocent ifs and buts, quoted non-apologies, beside
	// the classic shapes the apology literature names): 90.8% (237) and 3
	// good-apology alarms on main (05a843b) when it was first scored,
	// before its texts were read.
	// 93.1% and 0 after the harms heard in fresh44's misses
	"fresh44": {drafts: 261, floor: 0.931, goodAlarms: 0},
	// Written blind by a helper from /work/briefs/fresh45.md (long, messy
	// letters and voice-note transcripts, typos in the key words): 83.6%
	// (209) and 5 good-apology alarms on main (05a843b) when it was first
	// scored, before its texts were read.
	// 86.4% and 4 after the harms heard in fresh45's and fresh46's misses
	"fresh45": {drafts: 250, floor: 0.864, goodAlarms: 4},
	// Written blind by a helper from /work/briefs/fresh46.md (family and
	// work; subtle missing parts beside good apologies whose parts are said
	// in unusual ways): 86.6% (220) and 3 good-apology alarms on main
	// (05a843b) when it was first scored, before its texts were read.
	// 88.9% and 3 after the harms heard in fresh45's and fresh46's misses
	"fresh46": {drafts: 254, floor: 0.889, goodAlarms: 3},
}
