package checker_test

import (
	"fmt"

	"mend/app/checker"
)

func ExampleCheck() {
	draft := "I'm sorry if you were upset. It was just a joke."
	report := checker.Check(draft)
	for _, f := range report.Findings {
		if f.Start < f.End {
			fmt.Printf("%s %s %q → guide step %s\n", f.Severity, f.Category, draft[f.Start:f.End], f.Step)
		}
	}
	for _, c := range report.Components {
		fmt.Printf("%s present: %v\n", c.Category, c.Present)
	}
	// Output:
	// error conditional "sorry if you were upset" → guide step apologize
	// error minimizing "It was just a joke" → guide step listen
	// ownership present: false
	// specificity present: false
	// impact present: false
	// remedy present: false
	// commitment present: false
}
