// Package extract finds the people in a news article and the direct
// quotations they speak. It is pure: text in, analysis out, no I/O.
// Every offset is a byte offset into the text given to Analyze and always
// falls on a rune boundary.
//
// # Stages
//
// Analyze runs one pipeline; each file's name starts with its stage, in
// the order the data flows:
//
//	analyze.go      the pipeline: people, then quotes and their speakers
//	lex_*           text to paragraphs, sentence ends and tokens:
//	                lex_tokens (the one lexer and its token, with the
//	                words as names and as the narrative around quotes
//	                read them), lex_sentences, lex_fields (the words of
//	                a name or phrase)
//	vocab_*         the word lists, all in assets/wordlists: the Lexicon
//	                (vocab_lexicon loads it into one map, vocab_index
//	                is what the lists say of a word and how a list adds
//	                to it, vocab_ask asks it), vocab_lists (the small
//	                lists rules ask as sets) and vocab_grammar (the
//	                closed classes of English grammar), both read as
//	                the package starts
//	people_*        names: candidates (capitalized runs, people_words
//	                for one word, people_context for the words around
//	                a run) → confirmation (which candidates are people)
//	                → coreference (one entity for the forms of a name)
//	                → people_output and
//	                people_occupation (the Person results and roles)
//	quotes_*        quoted passages: spans by typography (quotes,
//	                quotes_marks) → speech judgement (quotes_judge,
//	                quotes_short for short quotes a verb of naming takes)
//	attribution_*   a speaker for every quote, in three steps:
//	                the phrase that names it, from the frame around the
//	                quote (attribution, _patterns; before the quote
//	                _phrases, _subject (a sentence's) and _clauses,
//	                after it _after, _asput for
//	                "as X put it", _signature for "— Name" lines);
//	                what the phrase names (_resolve, _source_filter,
//	                _roles, _appositive, _names, _entities, _surnames,
//	                _pronouns, _sentence_roles); and, for a
//	                quote no phrase names, the context (_context,
//	                _context_subject for its sentence's subject,
//	                _continuation, _fallback)
//	output.go       the result types and what callers do with them
//
// One package rather than one per stage: the stages share the token,
// span and entity types and the vocabulary, and the people found are
// the attribution's entities, so sub-packages would export most of
// their internals to each other. The prefixes give the same map.
package extract
