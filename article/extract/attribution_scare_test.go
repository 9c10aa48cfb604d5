package extract

import "testing"

// sourceSubjectTests are quotes in the predicate of a sentence whose
// subject is a source that is no person (a campaign, an office, a
// group) and whose verb is no verb of saying: the subject's words.
var sourceSubjectTests = []frameCase{
	{"a clerk emails the words",
		"Ida Marek leads the port.\n\nA clerk sent Marek the roster of pilots with the heading \"Night shifts for March.\"",
		[]string{"Ida Marek|Marek"}, map[string]string{"Night shifts for March.": "A clerk"}},
	{"the subject after an opening clause",
		"Tomas Grell urged a vote on the grain levy.\n\nAs Grell waited, the farm union was phoning members, rallying them against \"any new levy on grain\" this spring.",
		[]string{"Tomas Grell|Grell"}, map[string]string{"any new levy on grain": "the farm union"}},
	{"an office assures",
		"Lena Ode faced the council on Friday.\n\nOde's office told tenants in a letter that the audit found nothing and that the rents would stay \"frozen until spring.\"",
		[]string{"Lena Ode|Ode"}, map[string]string{"frozen until spring.": "Ode's office"}},
}

func TestSourceSubject(t *testing.T) { runFrameCases(t, sourceSubjectTests) }

// notSourceSubjectTests are sentences whose subject is no source of the
// quote in their predicate: a copula or a modal follows it, or it is
// no phrase at all.
var notSourceSubjectTests = []struct{ name, text, quote, not string }{
	{"copula", "Lena Ode runs the ferry union.\n\nThe ferry office was \"a heavy burden on island nurses\" this winter.",
		"a heavy burden on island nurses", "The ferry office"},
	{"modal", "Tomas Grell sells boats.\n\nA buyer can \"walk away at any time\" and pay nothing.",
		"walk away at any time", "A buyer"},
	{"a contraction, no subject", "Tomas Grell sells boats.\n\nThat's how he came to \"build the whole hull by hand\" that year.",
		"build the whole hull by hand", "That's"},
}

func TestNotSourceSubject(t *testing.T) {
	for _, tt := range notSourceSubjectTests {
		t.Run(tt.name, func(t *testing.T) {
			people := testPeople(tt.text, "Lena Ode|Ode", "Tomas Grell|Grell")
			d := newDoc(tt.text, embeddedLexicon(t))
			for _, q := range d.judge(attributeAll(t, d, people)) {
				if q.Text == tt.quote && q.Speaker == tt.not {
					t.Errorf("quote %q: speaker %q", q.Text, q.Speaker)
				}
			}
		})
	}
}

// nbspSentenceTests are quotes whose sentence follows another after a
// no-break space, as scraped news has it: the sentence before is none of
// theirs.
var nbspSentenceTests = []frameCase{
	{"a no-break space after the period",
		"Mayor Lena Ode again called the ferries a waste.\u00a0Journalist Ada Voss corrected the mayor by posting a link to a study showing \"ferries cost less than bridges to run.\"",
		[]string{"Lena Ode|Ode", "Ada Voss|Voss"}, map[string]string{"ferries cost less than bridges to run.": "Ada Voss"}},
}

func TestNBSPSentence(t *testing.T) { runFrameCases(t, nbspSentenceTests) }

// ownClauseTests are quotes whose sentence quotes someone else before
// them, with a clause of their own between: that clause's subject
// speaks, not the speaker of the quote before.
var ownClauseTests = []frameCase{
	{"a subordinate clause after the first quote",
		"Tomas Grell proposed the levy in May.\n\nMayor Ada Voss called the levy a \"plain farce\" after Grell built his campaign on its \"basic fairness\" at a town meeting.",
		[]string{"Tomas Grell|Grell", "Ada Voss|Voss"}, map[string]string{"basic fairness": "Tomas Grell"}},
	{"the main clause after a relative clause that quotes",
		"Tomas Grell spoke at the hearing.\n\nAnd, in a speech that Judge Ada Voss called \"reckless,\" Tomas Grell voiced a wish to \"close every dock by June.\"",
		[]string{"Tomas Grell|Grell", "Ada Voss|Voss"}, map[string]string{"close every dock by June.": "Tomas Grell"}},
	{"a clause with a copula is what the speaker says",
		"Ada Voss went after Tomas Grell on Monday, saying his plan is \"unfair\" and he is \"a bully to the growers.\"",
		[]string{"Tomas Grell|Grell", "Ada Voss|Voss"}, map[string]string{"a bully to the growers.": "Ada Voss"}},
}

func TestOwnClauseSpeaker(t *testing.T) { runFrameCases(t, ownClauseTests) }

// namedSubjectTests are quotes inside a sentence whose subject is a
// named person, after a paragraph's earlier quote by someone else: the
// subject's words, unless an opening phrase stands where a subject
// would.
var namedSubjectTests = []frameCase{
	{"the sentence's own named subject",
		"Tomas Grell released a plan last week, insisting that the port \"must stop charging like a toll road.\" Meanwhile, Ada Voss backed the plan, though she let the board know that she still has \"grave doubts\" about two of its clauses.",
		[]string{"Tomas Grell|Grell", "Ada Voss|Voss"}, map[string]string{"grave doubts": "Ada Voss"}},
	{"an opening participle phrase is no subject",
		"Tomas Grell said the fees had \"kept the docks alive\" for years. Given his past remarks on shutting out \"foreign\" carriers, it is fair to say he means the big lines.",
		[]string{"Tomas Grell|Grell"}, map[string]string{"foreign": "Tomas Grell"}},
}

func TestNamedSentenceSubject(t *testing.T) { runFrameCases(t, namedSubjectTests) }

// clauseBeforeVerbTests are quotes introduced by a speech verb whose
// words before it make a clause ("how odd the remark was coming from a
// mayor who promised"), not its subject: the sentence's reporter speaks.
var clauseBeforeVerbTests = []frameCase{
	{"a clause with a finite be before the verb",
		"Ada Voss chairs the ferry board.\n\nReporter Tomas Grell posted a reply to Voss pointing out how odd the remark was coming from a mayor who promised lower fares: \"You cannot keep this promise and cut the fleet.\"",
		[]string{"Ada Voss|Voss", "Tomas Grell|Grell"}, map[string]string{"You cannot keep this promise and cut the fleet.": "Tomas Grell"}},
	{"a relative clause with be keeps its subject",
		"The aide who was fired in May told reporters: \"Nobody warned me about the audit.\"",
		nil, map[string]string{"Nobody warned me about the audit.": "The aide who was fired in May"}},
}

func TestClauseBeforeVerb(t *testing.T) { runFrameCases(t, clauseBeforeVerbTests) }

// accordingHypotheticalTests are quotes that someone would say, after a
// modal, in a clause "according to X" reports: X's words.
var accordingHypotheticalTests = []frameCase{
	{"according to, then a modal before the verb",
		"Tomas Grell stays home on Sundays since, according to Grell, his rivals would mock him as \"the idle chairman\" at every market.",
		[]string{"Tomas Grell|Grell"}, map[string]string{"the idle chairman": "Tomas Grell"}},
}

func TestAccordingHypothetical(t *testing.T) { runFrameCases(t, accordingHypotheticalTests) }
