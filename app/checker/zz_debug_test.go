package checker

import (
	"slices"
	"testing"
)

func TestZZSweepDebug(t *testing.T) {
	pm := &PartModel{rules().model}
	for _, d := range append(loadCorpus(t), loadDrafts(t, "tuning", tuningJSONL)...) {
		r := pm.Read(d.Text)
		rep := CheckFinished(d.Text)
		for k, part := range Components {
			if slices.Contains(d.ExpectAbsent, part) && !r.Rules[k] && r.Prob[k] < 0.5 {
				t.Logf("%s %s state=%s prob=%.2f", d.ID, part, rep.Components[k].State, r.Prob[k])
			}
		}
	}
}
