package checker

import (
	"strings"
	"testing"

	checkerdata "mend/content/checker"
)

// draft1500 and draft5000 are realistic drafts of about 1,500 and 5,000
// characters: a long letter mixing good apology with some harmful habits.
var draft1500 = strings.TrimSpace(`
I've been trying to write this since Sunday, and I keep deleting it, so I'm just going to say it plainly.
I'm sorry I read your messages while you were in the shower. I picked up your phone because it buzzed, saw a name I didn't recognise, and then kept scrolling for ten minutes. That was a violation of your privacy, and it was my choice, not an accident.
I know it left you feeling watched in your own home. You told me on Monday that you felt like you couldn't leave anything lying around anymore, and that you'd started taking your phone into the bathroom. I hate that I made you feel that way, and you had every right to be angry.
I was stressed about work that week, but that's no excuse. Plenty of people are stressed and don't go through their partner's phone.
Here's what I'm going to do:
- I'll answer any question you have about what I read, honestly.
- I've booked a session with a counselor for Thursday to work on why I get jealous like this.
- From now on, if something worries me, I'll ask you about it instead of looking.
I also want you to know that I told my brother what I did, because you asked me not to keep secrets about us, and he agreed it was out of line. I won't bring him into this again without asking you first.
I'm not asking you to forgive me on any timeline. Take all the time you need. If you want to talk tonight, I'm here, and if you'd rather not, that's okay too.
`)

var draft5000 = strings.Repeat(draft1500+"\n\n", 3) + strings.TrimSpace(`
One more thing I want to own: when you first asked me about it, I said you were overreacting and that it was just a quick look. That was wrong, and it was a lie. It wasn't just a quick look, and you weren't overreacting.
I keep thinking about the night you found out. You sat on the kitchen floor and asked me why, and I said it wasn't a big deal. It was a big deal. I'm sorry I made you carry that alone while I argued with you about it.
I've written down the three things I promised, and I'll go through them with you every Sunday evening so you can see whether I'm keeping them, and tell me honestly when I'm not.
Sorry if this is long. I'd rather say too much than leave something out.`)

func BenchmarkCheck1500(b *testing.B) {
	rules() // compile the rule data outside the measurement
	b.ReportAllocs()
	b.SetBytes(int64(len(draft1500)))
	for b.Loop() {
		Check(draft1500)
	}
}

func BenchmarkCheck5000(b *testing.B) {
	rules()
	b.ReportAllocs()
	b.SetBytes(int64(len(draft5000)))
	for b.Loop() {
		Check(draft5000)
	}
}

// draftNoPromise is draft1500 without its promises, so the rules do not
// find the commitment and the part classifier has to read every sentence
// (on a draft where the rules find all five parts it does not run).
var draftNoPromise = strings.NewReplacer(
	"- From now on, if something worries me, I'll ask you about it instead of looking.\n", "",
	" I won't bring him into this again without asking you first.", "",
	"- I've booked a session with a counselor for Thursday to work on why I get jealous like this.\n", "",
).Replace(draft1500)

func BenchmarkCheck1500MissingAPart(b *testing.B) {
	rules()
	b.ReportAllocs()
	b.SetBytes(int64(len(draftNoPromise)))
	for b.Loop() {
		Check(draftNoPromise)
	}
}

func TestBenchmarkDraftsAreTheAdvertisedSize(t *testing.T) {
	if a := analyze(rules(), draftNoPromise); a.found[rules().mainRule[4]] {
		t.Error("in draftNoPromise the rules should not find the commitment, so the classifier runs")
	}
	if n := len([]rune(draft1500)); n < 1400 || n > 1600 {
		t.Errorf("draft1500 has %d characters", n)
	}
	if n := len([]rune(draft5000)); n < 4800 || n > 5200 {
		t.Errorf("draft5000 has %d characters", n)
	}
}

// BenchmarkLoadRules measures the one-time cost of compiling the rule
// data, which a browser pays when the app starts.
func BenchmarkLoadRules(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := loadRules(checkerdata.Files); err != nil {
			b.Fatal(err)
		}
	}
}
