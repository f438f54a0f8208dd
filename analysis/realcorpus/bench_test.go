package realcorpus

import (
	"testing"

	"mpls/analysis/engine"
)

// BenchmarkCorpusCheck is `mpls check` over every project of the real
// corpus (20 mini-programs, ~3,300 files): parse, facts, every rule.
func BenchmarkCorpusCheck(b *testing.B) {
	dirs, err := Projects(corpusDir)
	if err != nil {
		b.Fatal(err)
	}
	eng := engine.New(engine.Settings{})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		n := 0
		for _, d := range dirs {
			res, err := eng.CheckPath(corpusDir + "/" + d)
			if err != nil {
				b.Fatal(err)
			}
			for _, pr := range res.Projects {
				n += len(pr.Findings)
			}
		}
		if n == 0 {
			b.Fatal("no findings at all: the corpus was not read")
		}
	}
}
