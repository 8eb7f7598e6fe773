// Command check runs the apology checker on a draft, for writers tuning the
// rule data and for scripts.
//
// Usage:
//
//	go run ./cmd/check < draft.txt           findings and the five parts, readably
//	go run ./cmd/check -json < draft.txt     the report as JSON
//	go run ./cmd/check -jsonl < drafts.jsonl one {"id": …, "text": …} per line in,
//	                                         one {"id": …, "findings": […], "components": […]} per line out
//
// In -jsonl mode a line that is not valid JSON or UTF-8 gets an error on
// stderr naming its line number; the other lines are still checked, and the
// exit status is 1.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"mend/app/checker"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole command, with its streams passed in so tests can drive it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the report as JSON")
	asJSONL := fs.Bool("jsonl", false, `read one {"id","text"} object per line and write one result per line`)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: check [-json | -jsonl] < input")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 || *asJSON && *asJSONL {
		fs.Usage()
		return 2
	}
	if *asJSONL {
		return runLines(stdin, stdout, stderr)
	}
	data, err := io.ReadAll(stdin)
	if err != nil {
		fmt.Fprintf(stderr, "check: reading the draft: %v\n", err)
		return 1
	}
	if !utf8.Valid(data) {
		line, col := position(data, badUTF8(data))
		fmt.Fprintf(stderr, "check: the draft is not valid UTF-8 (line %d, column %d); save it as UTF-8 and try again\n", line, col)
		return 1
	}
	text := string(data)
	report := checker.CheckFinished(text)
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(report); err != nil {
			fmt.Fprintf(stderr, "check: %v\n", err)
			return 1
		}
		return 0
	}
	printReport(stdout, text, report)
	return 0
}

// request is one line of -jsonl input.
type request struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
}

// result is one line of -jsonl output.
type result struct {
	ID         json.RawMessage     `json:"id"`
	Findings   []checker.Finding   `json:"findings"`
	Components []checker.Component `json:"components"`
}

func runLines(stdin io.Reader, stdout, stderr io.Writer) int {
	in := bufio.NewReader(stdin)
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	status := 0
	for n := 1; ; n++ {
		line, err := in.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			if perr := checkLine(enc, line); perr != nil {
				fmt.Fprintf(stderr, "check: line %d: %v\n", n, perr)
				status = 1
			}
		}
		if errors.Is(err, io.EOF) {
			return status
		}
		if err != nil {
			fmt.Fprintf(stderr, "check: reading line %d: %v\n", n, err)
			return 1
		}
	}
}

func checkLine(enc *json.Encoder, line []byte) error {
	if !utf8.Valid(line) {
		_, col := position(line, badUTF8(line))
		return fmt.Errorf("not valid UTF-8 (column %d); skipped", col)
	}
	var req request
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(&req); err != nil {
		return fmt.Errorf("not a JSON object with \"id\" and \"text\": %v; skipped", err)
	}
	if dec.More() {
		return errors.New("more than one JSON value on the line; skipped")
	}
	if req.Text == nil {
		return errors.New(`no "text" field; skipped`)
	}
	if req.ID == nil {
		req.ID = json.RawMessage("null")
	}
	r := checker.CheckFinished(*req.Text)
	return enc.Encode(result{ID: req.ID, Findings: r.Findings, Components: r.Components})
}

// badUTF8 returns the offset of the first byte that is not valid UTF-8.
func badUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// position turns a byte offset into a 1-based line and column (in characters).
func position(b []byte, off int) (line, col int) {
	line, col = 1, 1
	for i := 0; i < off && i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += size
	}
	return line, col
}

// printReport writes the findings and the five parts for a person to read.
func printReport(w io.Writer, text string, r checker.Report) {
	var spans, missing []checker.Finding
	for _, f := range r.Findings {
		if f.Start == f.End {
			missing = append(missing, f)
		} else {
			spans = append(spans, f)
		}
	}
	if len(spans) == 0 {
		fmt.Fprintln(w, "No harmful language found.")
	}
	for _, f := range spans {
		line, col := position([]byte(text), f.Start)
		fmt.Fprintf(w, "%d:%d %s %s (%s): %q\n", line, col, f.Severity, f.Category, f.Rule, text[f.Start:f.End])
		fmt.Fprintf(w, "    %s\n    Try: %s\n    Guide: %s\n", f.Message, f.Suggestion, f.Step)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "The five parts of a full apology ([x] there, [?] not sure, [ ] missing):")
	for _, c := range r.Components {
		switch {
		case c.Present:
			fmt.Fprintf(w, "  [x] %-12s %q\n", c.Category, oneLine(text[c.Start:c.End]))
		case c.State == checker.StateUnsure && c.Hint != "":
			fmt.Fprintf(w, "  [?] %-12s not sure: %s Maybe here: %q\n", c.Category, c.Hint, oneLine(text[c.Start:c.End]))
		case c.Hint != "":
			sev := ""
			for _, f := range missing {
				if f.Category == c.Category {
					sev = f.Severity + ": "
				}
			}
			fmt.Fprintf(w, "  [ ] %-12s %s%s\n", c.Category, sev, c.Hint)
		default:
			fmt.Fprintf(w, "  [ ] %-12s (the draft has no words to read yet)\n", c.Category)
		}
	}
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
