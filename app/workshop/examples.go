package workshop

import "mend/content/words"

// Example is a sample draft that shows what the checker does.
type Example = words.Example

// Examples returns the samples behind "Try an example": one full apology
// and several with the problems people most often fall into. The words are
// in content/words/examples.txt.
func Examples() []Example { return words.Examples() }
