package extract_test

import "testing"

// frameSubjectTests are quotes in an attribution frame ("…," X said, X
// said: "…") whose speaker is the frame's subject; each text is
// invented, one shape of news writing each. want maps a quote's text to
// its speaker.
var frameSubjectTests = []speakerCase{
	{"assured is a verb of saying",
		"Mayor Rita Hartwell spoke at the pier. Union chief Gil Bright stood beside her.\n\n\"Nobody loses a job this winter, folks,\" Hartwell assured the crowd.",
		map[string]string{"Nobody loses a job this winter, folks,": "Rita Hartwell"}},
	{"a participle after a preposition is no verb of saying",
		"Admiral Nils Varga spoke at the academy on Monday.\n\nVarga said the navy no longer plans its fleet on the old idea of holding tall ships for mutually assured peace but instead prefers a policy of \"first strikes\" at sea.",
		map[string]string{"first strikes": "Nils Varga"}},
	{"another as the whole subject",
		"Readers wrote in about the ferry. Tove Lind called the fares \"a scandal.\" Another wrote, \"Nobody asked the islanders.\"",
		map[string]string{"Nobody asked the islanders.": "Another"}},
	{"yet another said, with words after the quote",
		"\"The pier is the real issue,\" said one harbor pilot. Yet another said, \"The fares are worse\" than the delays.",
		map[string]string{"The fares are worse": "another"}},
	{"others said",
		"Hugo Brandt backed the fares at the meeting. Others said the fares were \"a tax on islanders.\"",
		map[string]string{"a tax on islanders.": "Others"}},
	{"a bare plural noun as the subject",
		"The mill closed on Friday. Its owner left town.\n\nWorkers said they expect \"every unpaid wage,\" and vowed to picket each morning.",
		map[string]string{"every unpaid wage,": "Workers"}},
	{"a plural noun for a named person keeps its for-phrase",
		"Mayor Ana Ruiz kept the emails. Attorneys for Ruiz seemed to fight the request, saying in court papers that the mailbox was personal and \"was never city property at any time.\"",
		map[string]string{"was never city property at any time.": "Attorneys for Ruiz"}},
	{"a frame closing the sentence past other clauses",
		"The hearing ended on Monday.\n\nNadia Holm has been \"locked out\" of the harbour since March, and should get her back pay, the port union says.",
		map[string]string{"locked out": "the port union"}},
	{"a frame closing the sentence after a quote with words of its own",
		"\"The ferry is the first step,\" harbor director Nils Varga wrote. \"Crews are ready on both islands\" and in every town along the coast, the letter stated.",
		map[string]string{"Crews are ready on both islands": "the letter"}},
	{"a noun that looks like a verb of saying closes no frame",
		"\"The mayor never listens to the islanders, and it shows,\" wrote Marta Quell.\n\nAsked by Quell whether he \"gets\" island life, Ruiz changed the subject.",
		map[string]string{"gets": "Marta Quell"}},
	{"the object of a verb before to-infinitive speech is not its speaker",
		"Nora Quinn says the city should act faster on the port and that she expects Mayor Tom Reed to announce a \"freeze\" on all new fees.",
		map[string]string{"freeze": "Nora Quinn"}},
	{"an infinitive of purpose keeps the participle's subject",
		"Ferry reporter Ines Moll says the captain pushed her off the gangway. The captains' union rejects her account, with Pablo Ortez going on the radio to call Moll \"a total fantasist\" over it.",
		map[string]string{"a total fantasist": "Pablo Ortez"}},
	{"a capitalized verb after an appositive",
		"Dock union chief Gil Bright mocked the mayor's new pier on Friday, days after Mayor Rita Hartwell opened it.\n\n\"Nothing to see here!\" Bright, the head of the dockworkers union, Tweeted on Friday with a photo of the pier.",
		map[string]string{"Nothing to see here!": "Gil Bright"}},
	{"an appositive without its closing comma",
		"Memoir Tells Of Tantrums.\n\nGary Lott, a former driver for President Tim Olsen has written a memoir exposing the \"volcanic\" moods of Ruth Olsen during the campaign.",
		map[string]string{"volcanic": "Gary Lott"}},
	{"a place before an unclosed appositive is no speaker",
		"Fares.\n\nBoston, a port city near the border has told the ferry line that the new fares are \"a scandal\" for islanders.",
		map[string]string{"a scandal": "a port city near the border"}},
}

func TestAttributionFrameSubject(t *testing.T) { runExactSpeakerCases(t, frameSubjectTests) }
