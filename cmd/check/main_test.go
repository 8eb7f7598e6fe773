package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"mend/app/checker"
)

func runCheck(t *testing.T, stdin string, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	var out, errb bytes.Buffer
	status = run(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), status
}

func TestReadableOutputShowsMatchedTextAndChecklist(t *testing.T) {
	out, errs, status := runCheck(t, "I'm sorry if you were upset.\nIt was just a joke.")
	if status != 0 || errs != "" {
		t.Fatalf("status %d, stderr %q", status, errs)
	}
	for _, want := range []string{
		`1:5 error conditional (COND-01): "sorry if you were upset"`,
		`2:1 error minimizing (MIN-01): "It was just a joke"`,
		"Guide: apologize",
		"[ ] ownership    error:",
		"[ ] remedy       warning:",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestReadableOutputShowsEachPartsState(t *testing.T) {
	text := "I'm sorry I forgot. It was Tuesday."
	r := checker.Check(text)
	r.Components[3] = checker.Component{Category: checker.Remedy, State: checker.StateUnsure, Start: 0, End: 18, Hint: "Did you offer something to put it right?"}
	var out bytes.Buffer
	printReport(&out, text, r)
	for _, want := range []string{
		`[x] ownership`,
		`[?] remedy       not sure: Did you offer something to put it right? Maybe here: "I'm sorry I forgot"`,
		`[ ] commitment   warning:`,
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	js, _, _ := runCheck(t, text, "-json")
	if !strings.Contains(js, `"state": "present"`) || !strings.Contains(js, `"state": "missing"`) {
		t.Errorf("JSON should carry each part's state:\n%s", js)
	}
}

// A file is a finished draft: its last line counts as ended even with no
// full stop, so its missing parts are reported; only an empty draft has
// nothing to judge.
func TestReadableOutputJudgesADraftWithNoFullStop(t *testing.T) {
	out, _, _ := runCheck(t, "im sorry i forgot ur birthday")
	if !strings.Contains(out, "[ ] remedy       warning:") || strings.Contains(out, "no words to read") {
		t.Errorf("a finished draft with no full stop should be judged:\n%s", out)
	}
	out, _, _ = runCheck(t, "  \n")
	if !strings.Contains(out, "the draft has no words to read yet") {
		t.Errorf("an empty draft should say there is nothing to read:\n%s", out)
	}
}

func TestJSONPrintsTheReport(t *testing.T) {
	out, _, status := runCheck(t, "Mistakes were made.", "-json")
	if status != 0 {
		t.Fatalf("status %d", status)
	}
	var r struct {
		Findings []struct {
			Rule       string `json:"rule"`
			StartUTF16 *int   `json:"start_utf16"`
		} `json:"findings"`
		Components []struct {
			Category string `json:"category"`
			Present  *bool  `json:"present"`
		} `json:"components"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(r.Components) != 5 || r.Components[0].Category != "ownership" || r.Components[0].Present == nil {
		t.Errorf("components = %+v", r.Components)
	}
	if len(r.Findings) == 0 || r.Findings[0].Rule != "PASS-01" || r.Findings[0].StartUTF16 == nil {
		t.Errorf("findings = %+v", r.Findings)
	}
}

func TestJSONLProcessesEveryGoodLineAndNamesBadOnes(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "a", "text": "I'm sorry you feel that way."}`,
		`{"id": 2, "text": "broken`,
		"",
		"{\"id\": \"c\", \"text\": \"bad \xff byte\"}",
		`{"id": "d"}`,
		`{"id": "e", "text": "I’m sorry I yelled at you 😔."}`,
	}, "\n")
	out, errs, status := runCheck(t, in, "-jsonl")
	if status != 1 {
		t.Errorf("status = %d, want 1 when some lines fail", status)
	}
	for _, want := range []string{"line 2:", "line 4: not valid UTF-8", `line 5: no "text" field`} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("want 2 result lines, got %d:\n%s", len(lines), out)
	}
	var first struct {
		ID       string           `json:"id"`
		Findings []map[string]any `json:"findings"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil || first.ID != "a" {
		t.Fatalf("first line %q: %v", lines[0], err)
	}
	for _, key := range []string{"rule", "category", "severity", "start", "end", "start_utf16", "end_utf16", "message", "suggestion", "step"} {
		if _, ok := first.Findings[0][key]; !ok {
			t.Errorf("finding lacks %q: %v", key, first.Findings[0])
		}
	}
	if !strings.Contains(lines[1], `"id":"e"`) || !strings.Contains(lines[1], `"components"`) {
		t.Errorf("second line = %s", lines[1])
	}
}

func TestBadInputAndFlags(t *testing.T) {
	if _, errs, status := runCheck(t, "sorry \xfe"); status != 1 || !strings.Contains(errs, "not valid UTF-8 (line 1, column 7)") {
		t.Errorf("invalid UTF-8: status %d, stderr %q", status, errs)
	}
	if _, _, status := runCheck(t, "", "-json", "-jsonl"); status != 2 {
		t.Errorf("-json with -jsonl: status %d, want 2", status)
	}
	if _, _, status := runCheck(t, "", "extra"); status != 2 {
		t.Errorf("stray argument: status %d, want 2", status)
	}
}
