"""Quotes and their speakers: one row per linguistic case, negatives included."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from extract.quotes import find_quotes

SHARED = Path(__file__).resolve().parents[3] / "shared"

# (case id, article text, expected [(quote text, speaker, via)]): speaker "*"
# means "not checked"; an empty list means no quote at all.
CASES = [
    ("straight marks, X said", 'Hammond said, "We are ready to talk about this now."',
     [("We are ready to talk about this now.", "Hammond", None)]),
    ("curly marks, said X", "\u201cThe explosion was very powerful,\u201d said Sharif Hotak.",
     [("The explosion was very powerful", "Sharif Hotak", None)]),
    ("single curly marks", "\u2018We will not give up the fight,\u2019 the minister said.",
     [("We will not give up the fight", "the minister", None)]),
    ("guillemets", "Macron said: \u00abNous sommes en guerre contre le virus.\u00bb",
     [("Nous sommes en guerre contre le virus.", "Macron", None)]),
    ("split quote is one quote",
     'Philip Hammond met the press. "We are ready," he said, "to talk to anyone who wants peace."',
     [("We are ready, to talk to anyone who wants peace.", "Philip Hammond", None)]),
    ("two verbs make two quotes",
     'Marcelo Ebrard said, "As far as I know, this is the first case", adding, "For Mexico, he is a terrorist".',
     [("As far as I know, this is the first case", "Marcelo Ebrard", None),
      ("For Mexico, he is a terrorist", "Marcelo Ebrard", None)]),
    # under five words inside a sentence: optional by the guide at best, a
    # scare quote next to a speech verb at worst - dropped
    ("short partial quote inside a sentence is dropped",
     'A US state department official said foreign fighters would be a "real focus" of the meeting.', []),
    ("partial quote of five words or more is kept",
     'A US state department official said foreign fighters would be "a real focus of the meeting".',
     [("a real focus of the meeting", "a US state department official", None)]),
    ("short scare quote after a speech verb", 'Officials said the "peace plan" was dead.', []),
    ("short whole utterance right after its verb is kept",
     'Health Minister Lukasz Szumowski said "We couldn\u2019t win," and the flag is at half-mast.',
     [("We couldn\u2019t win", "Lukasz Szumowski", None)]),
    ("short quote opening its sentence is kept", '"Yes, we will," the minister said.',
     [("Yes, we will", "the minister", None)]),
    ("told Reuters is not via",
     'Anna Franowska told Reuters "it almost appears as if the statement was prepared in advance".',
     [("it almost appears as if the statement was prepared in advance", "Anna Franowska", None)]),
    ("AFP reported X as saying",
     'US Secretary of State John Kerry arrived on Thursday.\n\n'
     '"Terrorists want to drive us apart, but they bring us together," AFP reported Kerry as saying.',
     [("Terrorists want to drive us apart, but they bring us together", "John Kerry", "AFP")]),
    ("according to X",
     'According to prosecutor Josh Bash, the case is strong: "That has been met here, without a doubt."',
     [("That has been met here, without a doubt.", "Josh Bash", None)]),
    ("pronoun resolves to the latest person",
     'Prime Minister David Cameron held talks on Thursday. "We will push them back from Iraq," he said.',
     [("We will push them back from Iraq", "David Cameron", None)]),
    ("short name resolves to the fullest",
     'British Foreign Secretary Philip Hammond arrived.\n\n"It is going to take a year, two years," Hammond said.',
     [("It is going to take a year, two years", "Philip Hammond", None)]),
    ("the commissioner is the titled person",
     'AU trade commissioner Albert Muchanga announced the deal. The commissioner said, "We have not yet agreed on rules."',
     [("We have not yet agreed on rules.", "Albert Muchanga", None)]),
    ("speaker in the previous sentence, announced by a colon",
     'Brazilian President Jair Bolsonaro answered on Twitter:\n\n"The suggestion evokes a colonialist mentality."',
     [("The suggestion evokes a colonialist mentality.", "Jair Bolsonaro", None)]),
    ("quote over several paragraphs",
     'Rouhani spoke in Tehran. He said: "Foreign forces can be dangerous for the region.\n\n'
     '"Those who blame Iran are lying like their past lies."',
     [("Foreign forces can be dangerous for the region. Those who blame Iran are lying like their past lies.",
       "*", None)]),
    ("odd number of marks recovers",
     'The "so-called group said nothing. Later Jens Stoltenberg wrote, "I count on Turkey to act with restraint."',
     [("I count on Turkey to act with restraint.", "Jens Stoltenberg", None)]),
    ("pull quote counted once, longer kept",
     '"It is going to take years to push them back."\n\n- Philip Hammond\n\n'
     'Philip Hammond spoke in London. "It is going to take years to push them back. We are doing what is '
     'needed," Hammond said.',
     [("It is going to take years to push them back. We are doing what is needed", "Philip Hammond", None)]),
    ("no speaker in reach", 'The sign on the door read nothing. "Everyone is welcome here, every day of the week."',
     [("Everyone is welcome here, every day of the week.", None, None)]),
    # the cast reads only the clauses that name the surname asked about:
    # these check that it still finds every spelling of it
    ("short name resolves across accents",
     'Polish Archbishop Wojciech Brudziński spoke in Warsaw.\n\n"We pray for peace in the region," Brudzinski said.',
     [("We pray for peace in the region", "Wojciech Brudziński", None)]),
    ("surname before Jr.",
     'Robert Downey Jr. praised the film on Monday.\n\n"It is a fantastic movie that leveled the field," Downey said.',
     [("It is a fantastic movie that leveled the field", "Robert Downey Jr.", None)]),
    ("full name given after the quote",
     '"We will not give up on this plan at all," Hammond said on Friday.\n\nPhilip Hammond is the foreign secretary.',
     [("We will not give up on this plan at all", "Philip Hammond", None)]),
    ("particle before the surname",
     'Egyptian President Abdel Fattah el-Sisi met the envoy. "Egypt stands ready to help," el-Sisi said.',
     [("Egypt stands ready to help", "Abdel Fattah el-Sisi", None)]),
    ("surname that also starts a name of a place",
     'Trump Tower was busy.\n\nPresident Donald Trump spoke. "We will win this fight," Trump said.',
     [("We will win this fight", "Donald Trump", None)]),
    ("abbreviations do not end the sentence",
     'Sen. Roger Wicker spoke on Tuesday. Mr. Wicker said: "We must act now on this bill, not later."',
     [("We must act now on this bill, not later.", "Roger Wicker", None)]),
    # bodies, groups, writers and introduced speakers
    ("body named at its fullest",
     'In a press release issued the following day, the Turkish Ministry of Foreign Affairs denounced the summit, '
     'calling the agreements "legitimate and fully compatible with international law".',
     [("legitimate and fully compatible with international law", "Turkish Ministry of Foreign Affairs", None)]),
    ("the ministry resolves to the body",
     'The Russian Foreign Ministry issued a note. "The talks were useful for both of our countries," the ministry said.',
     [("The talks were useful for both of our countries", "Russian Foreign Ministry", None)]),
    ("they goes back to a group",
     'Several foreign ministers met in Cairo. They concluded the deal "cannot produce any legal consequences at all".',
     [("cannot produce any legal consequences at all", "foreign ministers", None)]),
    ("officials said", '"We will reopen the border crossing next week," Israeli officials said.',
     [("We will reopen the border crossing next week", "Israeli officials", None)]),
    ("pronoun subject with by saying",
     'Turkish president Erdoğan spoke. He underlined the call by saying "we are ready to take more steps towards peace."',
     [("we are ready to take more steps towards peace.", "Erdoğan", None)]),
    ("lower-case title before the name",
     '"We wanted to find out how these superbugs are spread" said lead author Professor David Livermore of UEA.',
     [("We wanted to find out how these superbugs are spread", "David Livermore", None)]),
    ("document written by the person introduced",
     'Matty Roberts created the event as a joke.\n\nThe event description read, "We will all meet up at the '
     'Alien Center and coordinate our entry."',
     [("We will all meet up at the Alien Center and coordinate our entry.", "Matty Roberts", None)]),
    ("according to a tweet by X",
     '"The airline transports weapons across the region," according to a tweet on Monday by Secretary of State '
     'Mike Pompeo.',
     [("The airline transports weapons across the region", "Mike Pompeo", None)]),
    ("speaker introduced in the previous sentence",
     'David Livermore, a professor at the University of East Anglia, led the study. "We wanted to find out how '
     'these bugs are spread."',
     [("We wanted to find out how these bugs are spread.", "David Livermore", None)]),
    ("subject of a sentence with no speech verb",
     'Nancy Pelosi spoke. She was directing the committees to "proceed with their investigations under [the] '
     'umbrella" of impeachment.',
     [("proceed with their investigations under [the] umbrella", "Nancy Pelosi", None)]),
    ("a new sentence is not joined to the last quote",
     'Nancy Pelosi spoke. "The House is moving forward with an inquiry," she announced. Specifically, she was '
     'directing committees to "proceed with their investigations under the umbrella" of impeachment.',
     [("The House is moving forward with an inquiry", "Nancy Pelosi", None),
      ("proceed with their investigations under the umbrella", "Nancy Pelosi", None)]),
    ("title period is not a sentence end",
     '"The strains were almost entirely different from the others", said Dr. Livermore. "It is much more '
     'important to wash your hands."',
     [("The strains were almost entirely different from the others It is much more important to wash your hands.",
       "*", None)]),
    ("appositive name after a described subject",
     'The mayor of London, Sadiq Khan, thanked "the police, security and emergency services for their work".',
     [("the police, security and emergency services for their work", "Sadiq Khan", None)]),
    # web documents: no-break spaces, markdown around speakers, links, bullets
    ("no-break spaces around said",
     '\u201cWe are ready to talk about it now,\u201d\u00a0said\u00a0First Lady Jill Biden.',
     [("We are ready to talk about it now", "Jill Biden", None)]),
    ("bold speaker between the parts of a split quote",
     '\u201cWe met so many children here,\u201d said **First Lady Jill Biden**. \u201cI wanted to bring their art.\u201d',
     [("We met so many children here, I wanted to bring their art.", "Jill Biden", None)]),
    ("quoted words in a markdown link after a cue",
     'Vice President Harris committed that the Administration would \u201c[renegotiate this agreement to support '
     'Tribal sovereignty](https://example.gov/remarks).\u201d',
     [("renegotiate this agreement to support Tribal sovereignty.", "Harris", None)]),
    ("a page title in a markdown link is no quote",
     'The plan builds on the order \u201c[Improving the Nation\u2019s Cybersecurity](https://example.gov/eo)\u201d of May.',
     []),
    ("bold bullet lead-in ends its sentence",
     'President Joe Biden signed the memorandum.\n\n-   **Specifies how the order applies.** The President\u2019s '
     'Executive Order required that agencies \u201cshall adopt requirements that are equivalent to this order.\u201d',
     [("shall adopt requirements that are equivalent to this order.", "Joe Biden", None)]),
    # documents: their owner or author speaks
    ("document subject with an adverb before the verb",
     'President Donald Trump declared an emergency.\n\nThe proclamation specifically said "the outbreak in the '
     'United States constitutes a national emergency".',
     [("the outbreak in the United States constitutes a national emergency", "Donald Trump", None)]),
    ("owner of a website speaks",
     'COVID-19 was called a pandemic by the World Health Organization (WHO). The WHO\'s website said: "There is '
     'no evidence that current medicine can prevent the disease."',
     [("There is no evidence that current medicine can prevent the disease.", "World Health Organization", None)]),
    ("acronym long form does not start inside a word",
     'It was declared a "pandemic" by the World Health Organization (WHO). "There is no cure yet for the '
     'disease," the WHO said.',
     [("There is no cure yet for the disease", "World Health Organization", None)]),
    ("a title before a country-named office is no body",
     'United States President Donald Trump declared an emergency. "We will beat this virus very soon," he said.',
     [("We will beat this virus very soon", "Donald Trump", None)]),
    ("the latter is the last party named",
     'Investigations were launched by the Federal Aviation Administration and the National Transportation Safety '
     'Board, with the latter confirming they were "not traveling to the crash scene at this time."',
     [("not traveling to the crash scene at this time.", "National Transportation Safety Board", None)]),
    # "it said": a body
    ("it said is the body named before",
     'The European Commission published the rules on Monday. "We will enforce them from January," it said.',
     [("We will enforce them from January", "European Commission", None)]),
    ("it said skips a place after a preposition",
     'Siemens, based in Munich, cut 5,000 jobs. "We must adapt to the market quickly," it said in a statement.',
     [("We must adapt to the market quickly", "Siemens", None)]),
    ("it after a participle is its object, not the speaker",
     'Senator Bernie Sanders ended his bid.\n\nSanders said in his live stream, "I do not make this decision '
     'lightly", calling it a painful decision.',
     [("I do not make this decision lightly", "Bernie Sanders", None)]),
    # pronouns: sex, bylines, things, families
    ("she skips a man named after a woman",
     'Mr. Jones met Ms. Alice Walker. "I am not going anywhere at all," she said.',
     [("I am not going anywhere at all", "Alice Walker", None)]),
    ("she skips a woman's father",
     'Maria Lopez lost her father, Juan Lopez, in the fire. "He was everything to all of us," she said.',
     [("He was everything to all of us", "Maria Lopez", None)]),
    ("he skips a byline",
     'Juan Lopez visited the site.\n\n\u2014 Reporting by Peter Brown\n\n"We will rebuild everything here," he said.',
     [("We will rebuild everything here", "Juan Lopez", None)]),
    ("a ship is nobody",
     'Captain Sarah Smith said the ship Ever Given ran aground. "It was stuck there for days," she said.',
     [("It was stuck there for days", "Sarah Smith", None)]),
    ("a full name is not merged with a relative's",
     'The boy\'s father, Ahmed Khan, was arrested. His mother, Sara Khan, spoke. "He did nothing wrong at all," '
     'she said.',
     [("He did nothing wrong at all", "Sara Khan", None)]),
    # titles
    ("title with to, speaker introduced before",
     'Former US Ambassador to the United Nations Nikki Haley criticised the plan. "This is a disaster for our '
     'allies," she said.',
     [("This is a disaster for our allies", "Nikki Haley", None)]),
    ("title with to after said",
     '"This is a disaster for our allies," said Former US Ambassador to the United Nations Nikki Haley.',
     [("This is a disaster for our allies", "Nikki Haley", None)]),
    ("title with to before said and a colon",
     'Former US Ambassador to the United Nations Nikki Haley said: "This is a disaster for our allies."',
     [("This is a disaster for our allies.", "Nikki Haley", None)]),
    ("the title and the name after a described subject",
     '"We are concerned about it all," said the Minister of the Interior Gerald Darmanin.',
     [("We are concerned about it all", "Gerald Darmanin", None)]),
    ("a profession before the name is a title",
     'Immunologist Kristian Andersen said, "This virus spreads much more easily than any other."',
     [("This virus spreads much more easily than any other.", "Kristian Andersen", None)]),
    ("another office's minister is not the one named before",
     'Civil Aviation Minister Hardeep Singh Puri said 18 people died. The local health minister said, "The '
     'injured have been rushed to hospitals."',
     [("The injured have been rushed to hospitals.", "the local health minister", None)]),
    # the speaker around asides and places
    ("relative clause between speaker and verb",
     'Actor Denzel Washington, who paid for Boseman to attend BADA, stated "He was a gentle soul and a brilliant '
     'artist."',
     [("He was a gentle soul and a brilliant artist.", "Denzel Washington", None)]),
    ("lower-case title aside between speaker and verb",
     'Wayne Frederick, president of Howard University, wrote "It is with profound sadness that we mourn him."',
     [("It is with profound sadness that we mourn him.", "Wayne Frederick", None)]),
    ("speaker's office between the name and the verb after the quote",
     '"With everything that has happened to our people, this is healing," Crystal Bearing of the Northern '
     'Arapaho tribal preservation office told those gathered.',
     [("With everything that has happened to our people, this is healing", "Crystal Bearing", None)]),
    ("participle right after a name",
     'Republicans attacked it, with Ross Spano of Florida calling the process "a blatant and obvious coup to '
     'unseat a sitting president".',
     [("a blatant and obvious coup to unseat a sitting president", "Ross Spano", None)]),
    ("as X put it",
     'As Senator Chuck Schumer put it, "this is the most important vote in a generation."',
     [("this is the most important vote in a generation.", "Chuck Schumer", None)]),
    ("described as ... by the agent",
     'The attack was described as "a cowardly act of terror against innocent people" by the police.',
     [("a cowardly act of terror against innocent people", "the police", None)]),
    ("person of a body before the verb",
     'To this, Peter Iseley of worldwide victim group Ending Clergy Abuse said, "The church should establish '
     'the law for everyone."',
     [("The church should establish the law for everyone.", "Peter Iseley", None)]),
    ("a clause before a colon is no name label",
     'Supreme Leader Ali Khamenei declared mourning. In his message, he appreciated Soleimani\'s lifepath: "He '
     'was a stellar example of those educated in Islam."',
     [("He was a stellar example of those educated in Islam.", "Ali Khamenei", None)]),
    ("a name label before a colon",
     'Governor Lamont of Connecticut: "We are ready for the storm and its aftermath."',
     [("We are ready for the storm and its aftermath.", "Lamont", None)]),
    ("second quote of a sentence keeps its speaker over the next sentence's",
     'Some protesters said they had gone to "defend the right to live and work in Europe" and "secure their own '
     'right to work there". One interviewee said people changed their minds.',
     [("defend the right to live and work in Europe", "Some protesters", None),
      ("secure their own right to work there", "Some protesters", None)]),
    # outlets: their own words are theirs; words they relay are not (via)
    ("according to an outlet with nobody else speaking",
     'According to NBC News, quote, \u201cThanksgiving dinner is historically affordable this year.\u201d',
     [("Thanksgiving dinner is historically affordable this year.", "NBC News", None)]),
    ("an outlet as the subject of the verb",
     'CNN tells us that, quote, \u201cCheaper turkeys are helping bring down Thanksgiving costs.\u201d',
     [("Cheaper turkeys are helping bring down Thanksgiving costs.", "CNN", None)]),
    ("according to an outlet, a person said",
     'According to Reuters, the minister said "we will not resign over this at all".',
     [("we will not resign over this at all", "the minister", None)]),
    # transcripts: the label is neither a cue nor the speaker of what is quoted
    ("question label is nobody",
     'Q:  Karine, the President spoke on Monday.\n\nMS. JEAN-PIERRE:  Yeah.\n\nQ    He said, "Technically, he '
     'was not supposed to be here at all."',
     [("Technically, he was not supposed to be here at all.", None, None)]),
    ("transcript label does not speak a quote", 'MS. JEAN-PIERRE:  "We will not back down from this fight ever."',
     [("We will not back down from this fight ever.", None, None)]),
    ("transcript label is no cue for a name", 'Q:  "Build Back Better" is dead, some say. Is it?', []),
    ("a verb inside a transcript turn still attributes",
     'Q:  Senator Manchin said "this bill is dead and will stay dead forever." Is it?',
     [("this bill is dead and will stay dead forever.", "Manchin", None)]),
    # negatives
    ("a thing is not a speaker",
     'The United States Constitution specifies that officials are removed for "Treason, Bribery, or other high '
     'Crimes and Misdemeanors."',
     [("Treason, Bribery, or other high Crimes and Misdemeanors.", None, None)]),
    ("a sign's words have no author", 'Matty Roberts arrived. The sign on the door read, "Everyone is welcome '
     'here, every day of the week."', [("Everyone is welcome here, every day of the week.", None, None)]),
    ("a described subject with a verb inside is not the speaker",
     'An eyewitness described for news agency PA Media how the attack unfolded, stating, "I was crossing the '
     'road when I saw a man."',
     [("I was crossing the road when I saw a man.", "an eyewitness", None)]),
    ("an adjective is not a speaker",
     'Earlier this week, an official government Twitter account made the following announcement: "Latest '
     'update: 3,728 measles cases have been recorded."',
     [("Latest update: 3,728 measles cases have been recorded.", None, None)]),
    ("previous sentence's subject does not claim a quote with its own attribution",
     'Lorenzo is a storm. "Storm Lorenzo will produce significant swells across the ocean", read the warning.',
     [("Storm Lorenzo will produce significant swells across the ocean", None, None)]),
    ("a sentence naming nobody who speaks goes on with the previous sentence's speaker",
     'With "Abe, I wanted to go for accuracy over comfort," Chapman told Wikinews. The costume "is very warm, '
     'so I have to stay hydrated and calm".',
     [("Abe, I wanted to go for accuracy over comfort", "Chapman", None),
      ("is very warm, so I have to stay hydrated and calm", "Chapman", None)]),
    ("... but not a sentence whose subject can speak",
     'With "Abe, I wanted to go for accuracy over comfort," Chapman told Wikinews. Her handler Mark Stone '
     'called it "a very warm costume for a hot day".',
     [("Abe, I wanted to go for accuracy over comfort", "Chapman", None),
      ("a very warm costume for a hot day", "Mark Stone", None)]),
    ("shared, as speech", 'With the combination of excitement and "the stress I am putting on my body", '
     'Stephanie Chapman shared that she was prone to meltdown.',
     [("the stress I am putting on my body", "Stephanie Chapman", None)]),
    ("a people is not an antecedent of he",
     'Spike Cohen hosts the podcast My Fellow Americans. Joe Biden made gaffes. He claimed 85,000 Americans were unemployed. He told host Charlamagne tha God '
     '"if you have a problem figuring it out, then you are not with me."',
     [("if you have a problem figuring it out, then you are not with me.", "Joe Biden", None)]),
    ("', adding:' continues the speaker of the sentence",
     '"We must act now," Guterres told the assembly, adding: "There is no time to lose."',
     [("We must act now", "Guterres", None), ("There is no time to lose.", "Guterres", None)]),
    ("', adding that' after a speaker who told someone",
     'Guterres told the assembly "we must act now", adding that "there is no time to lose".',
     [("there is no time to lose", "Guterres", None)]),
    ("', saying' after a subject that cannot speak finds no one",
     'A tweet sent during the debate repeated the commitment, saying "My running mate will be a woman."',
     [("My running mate will be a woman.", None, None)]),
    ("an aside between the speaker and the verb",
     'Johnson, speaking to the BBC, said: "We will get Brexit done by January."',
     [("We will get Brexit done by January.", "Johnson", None)]),
    ("X was quoted by an agency as saying (speaker X, via the agency)",
     'Smith was quoted by Reuters as saying "the market will recover by the end of the year".',
     [("the market will recover by the end of the year", "Smith", "Reuters")]),
    ("a statement from a named author read",
     'A statement from the White House read: "The President is following the situation closely."',
     [("The President is following the situation closely.", "the White House", None)]),
    ("no quotation marks at all", "The plan is simple and the minister agrees with it.", []),
    # negatives: marks that do not present anyone's words
    ("scare quote after so-called", 'Militants of the so-called "Islamic State" attacked the town.', []),
    ("title of a work", 'The site was known as "Welcome To Video" and hosted clips.', []),
    ("coined name", 'He named it "Operation Peace Spring" on Wednesday.', []),
    ("a long name after \"the\"", 'The President signed into law S. 400, the "William T. Coleman, Jr. and Norman Y. '
     'Mineta Department of Transportation Headquarters," which designates the building.', []),
    ("single word, no speech verb", 'The deal was a "breakthrough" for both countries.', []),
    ("apostrophes are not marks", "Iraq’s army can’t win in the '90s style, and don't expect it.", []),
    ("capitalised name mid-sentence", 'Anna Franowska of "Have no fear", a charity, works in Warsaw.', []),
    # a perfect tense keeps its subject ("has said"), past an appositive too
    ("he has said", 'Senator John Smith spoke. He has said, "Reading is the foundation of all education."',
     [("Reading is the foundation of all education.", "John Smith", None)]),
    ("appositive before has said",
     'Senator John Smith, a former teacher, has said, "Reading is the foundation of all education."',
     [("Reading is the foundation of all education.", "John Smith", None)]),
    ("the First Lady is the latest person with that office, not one who held it once",
     'First Lady Melania Trump honored former First Lady Barbara Bush on Monday. The First Lady said, '
     '"Reading is the foundation of all education."',
     [("Reading is the foundation of all education.", "Melania Trump", None)]),
    # a document's words are its issuer's, when the text says who issued it; else no one's
    ("read the warning issued by",
     'The orange warning issued by Met \u00c9ireann applied to County Galway. "Storm Lorenzo will produce '
     'significant swell and high waves", read the warning.',
     [("Storm Lorenzo will produce significant swell and high waves", "Met \u00c9ireann", None)]),
    ("summary of a ruling its issuer issued",
     'The Supreme Court of the United Kingdom issued a ruling on Tuesday.\n\nThe summary of the decision read in '
     'part: "This Court has already concluded that the advice was unlawful, void and of no effect."',
     [("This Court has already concluded that the advice was unlawful, void and of no effect.",
       "Supreme Court of the United Kingdom", None)]),
    ("the statement a body issued",
     'The ministry issued a statement on Monday. "We will not negotiate with terrorists," the statement said.',
     [("We will not negotiate with terrorists", "the ministry", None)]),
    # a person's office speaks for them: a described speaker, not the person
    ("released by X's office",
     'According to a statement released by Erdogan\'s office, "neutralizing the threat stemming from terrorists" '
     'is an aim of the operation.',
     [("neutralizing the threat stemming from terrorists", "Erdogan's office", None)]),
    ("his office said",
     'Prime Minister Benjamin Netanyahu spoke on Monday. "We will respond at a time of our choosing," his office said.',
     [("We will respond at a time of our choosing", "Benjamin Netanyahu's office", None)]),
    ("a Sheriff's Office is a body's name, not a person's office",
     '"Deputies were sent to the scene at once," the Alachua County Sheriff\'s Office said.',
     [("Deputies were sent to the scene at once", "*", None)]),
    ("a statement without an issuer has no speaker",
     '"We will not negotiate with terrorists," the statement said.',
     [("We will not negotiate with terrorists", None, None)]),
    ("a title in lower case between the quote and the name",
     '"It is bad here," professor David Wilson said.',
     [("It is bad here", "David Wilson", None)]),
    ("a body, a title in lower case, the name; the split quote joined",
     '"There is a phenomenon \'suicide by cop\'", Birmingham City University criminology professor David Wilson '
     'told the press. "Increasingly what we are seeing is attackers wearing pretend vests."',
     [("There is a phenomenon 'suicide by cop' Increasingly what we are seeing is attackers wearing pretend vests.",
       "David Wilson", None)]),
    ("the body after a lower-case title is the title's",
     '"This cannot change the fact," Hong Kong director of Amnesty International Man-kei Tam said.',
     [("This cannot change the fact", "Man-kei Tam", None)]),
    ("the place an office is of is no part of the name",
     '"I am in awe of the people who ran towards danger," tweeted Mayor of London Sadiq Khan.',
     [("I am in awe of the people who ran towards danger", "Sadiq Khan", None)]),
    ("... nor a place of two words",
     '"We are ready for the storm," said Governor of New York Kathy Hochul.',
     [("We are ready for the storm", "Kathy Hochul", None)]),
    ("a long opening phrase before the subject; the office is not a deputy's",
     'Prime Minister Igor Matovič tested positive. After Deputy Prime Minister for Finance and Minister of Economy '
     'Richard Sulík failed to procure sufficient numbers of rapid testing kits, the Prime Minister apologised to '
     'the people of his country for "having an idiot as economy minister."',
     [("having an idiot as economy minister.", "Igor Matovič", None)]),
    ("in the words of X",
     'In the words of Special Envoy for Hostage Affairs Adam Boehler, President Trump "has made bringing Americans '
     'home a top priority."',
     [("has made bringing Americans home a top priority.", "Adam Boehler", None)]),
    ("a body of two fields before the name",
     'Secretary of Housing and Urban Development Scott Turner said, "We will build more homes this year."',
     [("We will build more homes this year.", "Scott Turner", None)]),
    ("a body's plural: they released a statement which said",
     'This Thursday the United States Commission on International Religious Freedom (USCIRF) criticized the move. '
     'They released a statement which said, "Its status as a museum must be maintained".',
     [("Its status as a museum must be maintained", "United States Commission on International Religious Freedom",
       None)]),
    ("a described body's statement read:",
     'Imus died on Friday. The family\'s statement on the death read: "Don loved and adored Deirdre."',
     [("Don loved and adored Deirdre.", "the family", None)]),
    ("a name given after a verb of naming and its object is no quote",
     'The committee named the virus that causes it "severe acute respiratory syndrome coronavirus 2".', []),
    ("he is the person before, whose own title ends on a country",
     'The prosecutor Ali Alghasi Mehr spoke first. Later US Special Representative for Iran Brian Hook said, '
     '"This is a political nature." He added, "It is a propaganda stunt that no-one takes seriously."',
     [("This is a political nature.", "Brian Hook", None),
      ("It is a propaganda stunt that no-one takes seriously.", "Brian Hook", None)]),
    ("an opening phrase with 'then' before the pronoun subject; the next quote continues",
     'Voice actor Alexis Tipton spoke. Then just 19 years old, she looked at the role as a "chance to face my '
     'demons," having questioned her abilities. "I was in an extremely competitive program in high school."',
     [("chance to face my demons", "Alexis Tipton", None),
      ("I was in an extremely competitive program in high school.", "Alexis Tipton", None)]),
    ("a described subject with its name in apposition",
     'The then-manager of Barmouth Publicity and Director of Mid Wales Tourism Partnership, David Clay, called it '
     '"a retrograde step" and said "an area like this cannot afford to lose such a quality hotel."',
     [("an area like this cannot afford to lose such a quality hotel.", "David Clay", None)]),
    ("a name told family name first, then by the family name",
     'In 2004 owner Tong Yung-soo applied to make it a residence. Mr Tong had said they intended to "restore '
     'the hall to its former glory."',
     [("restore the hall to its former glory.", "Tong Yung-soo", None)]),
    ("a body's office with a word before its noun",
     'Doris Day died on Monday. Day\'s animal foundation said she had been in otherwise "excellent physical health '
     'for her age" but had had pneumonia.',
     [("excellent physical health for her age", "Day's animal foundation", None)]),
    ("a participle's phrase opens the sentence of the subject",
     'Actress Denise Crosby is set to appear in Suits. Underwhelmed with her role, she left the series. "This is '
     'not what I wanted to become an actor for."',
     [("This is not what I wanted to become an actor for.", "Denise Crosby", None)]),
    ("an object in apposition at a sentence's end is no antecedent of he",
     'Former mayor Michael Bloomberg dropped out. Bloomberg endorsed his former rival, Joe Biden. "Three months '
     'ago," he said, "I entered the race for President."',
     [("Three months ago, I entered the race for President.", "Michael Bloomberg", None)]),
    ("the title a person takes is no quote",
     'He pledged to resign as president and take the title of "Custodian of the Federal Government."', []),
    ("a profession is a title",
     'Broadcaster Piers Morgan commented, "The guy with the whale tusk is a Polish chef."',
     [("The guy with the whale tusk is a Polish chef.", "Piers Morgan", None)]),
    ("a described speaker holds an abbreviation (after the quote)",
     '"We are ready to talk now," a U.S. official said.',
     [("We are ready to talk now", "a U.S. official", None)]),
    ("a described speaker holds an abbreviation (after said)",
     '"Some days, I feel unsafe going outside," says a D.C. resident.',
     [("Some days, I feel unsafe going outside", "a D.C. resident", None)]),
    ("a given name that is also a thing's word opens a person's name",
     'Bill Gerstenmaier of NASA spoke of the collaboration with SpaceX: "It\'s fun working with a new partner."',
     [("It's fun working with a new partner.", "Bill Gerstenmaier", None)]),
    ("the previous sentence's speaker is the finite verb's subject, not a participle's",
     'Strong winds presented difficulty, Franky Zapata said, adding it required much endurance. "It\'s an '
     'isometric exercise for the thighs, so it burns."',
     [("It's an isometric exercise for the thighs, so it burns.", "Franky Zapata", None)]),
    ("a long quote standing alone after a person's sentence is theirs, though its sentence goes on",
     'Actress Denise Crosby recalled her season. Underwhelmed with her role, she left the series. "This is not '
     'what I wanted to become an actor for. I actually asked them to make up some fake legs" to place at the '
     'bridge station.',
     [("This is not what I wanted to become an actor for. I actually asked them to make up some fake legs",
       "Denise Crosby", None)]),
    ("an opening phrase before a quote of its own sentence leaves it standing alone",
     'Actor Paul Sun-Hyung Lee said the series was underestimated "up \'til now." During the premiere, "I felt '
     'like Cinderella at the ball."',
     [("I felt like Cinderella at the ball.", "Paul Sun-Hyung Lee", None)]),
    ("a court's opinion read in part: the court, named at its fullest",
     'The Supreme Court of Puerto Rico issued a ruling. The opinion of the Court, released on Wednesday, read in part, '
     '"It is concluded that the oath of office is unconstitutional."',
     [("It is concluded that the oath of office is unconstitutional.", "Supreme Court of Puerto Rico", None)]),
    ("a quote named for its author",
     'They learned more from failed projects, citing the Chuck Jones quote that "every artist has thousands of bad '
     'drawings," and that you have to work through them.',
     [("every artist has thousands of bad drawings", "Chuck Jones", None)]),
    ("an adverb is a whole word: \"not\" is no head of \"noted\"",
     'Hubert Minnis spoke. "We expect that this number will increase," he noted.',
     [("We expect that this number will increase", "Hubert Minnis", None)]),
    ("a court case's name is no quote",
     'The court ruled in "Eva Glawischnig-Piesczek vs. Facebook Ireland Limited" that hosts must remove it.', []),
    ("an aside between dashes names no speaker",
     'Speaker John Bercow commented on the matter — which the BBC noted as an unusual move — "However it is '
     'dressed up, the purpose is to stop Parliament debating Brexit."',
     [("However it is dressed up, the purpose is to stop Parliament debating Brexit.", "John Bercow", None)]),
    ("a finding is its author's words; a list run together on one line is one item a sentence",
     'The tariffs cut imports. -   An analysis from the Atlantic Council found that \u201ctariffs would create '
     'new incentives for US consumers.\u201d -   Former Treasury Secretary Janet Yellen affirmed last year that '
     'tariffs do not raise prices: \u201cI don\u2019t believe that consumers will see any increase.\u201d',
     [("tariffs would create new incentives for US consumers.", "Atlantic Council", None),
      ("I don\u2019t believe that consumers will see any increase.", "Janet Yellen", None)]),
    ("after the verb, the name a possessive's phrase ends on speaks",
     'Jon Huber died on Saturday.\n\n"Heartbroken and numb," writes Huber\'s longtime tag team partner Erick Rowan '
     'on Instagram.',
     [("Heartbroken and numb", "Erick Rowan", None)]),
    ("a document's owner after the quote, an acronym spelt out, the split parts joined",
     'Jon Huber signed with AEW (All Elite Wrestling) in 2019.\n\n"Huber was respected and loved in every way", '
     'reads an AEW press release, "a fierce and captivating talent".',
     [("Huber was respected and loved in every way a fierce and captivating talent", "All Elite Wrestling", None)]),
    ("a post is the words of the account it came from",
     'A tweet sent from Biden\'s Twitter account during the debate repeated his commitment, saying "My running mate '
     'will be a woman."',
     [("My running mate will be a woman.", "Biden", None)]),
    ("he is the main clause's subject, not the subject of a clause hung on another's",
     'Former president Robert Mugabe died. Opposition leader Morgan Tsvangirai challenged him.\n\nRefusing to give '
     'up power, Mugabe agreed to power-sharing in which Tsvangirai became prime minister. "Only God who appointed me '
     'will remove me," he declared.',
     [("Only God who appointed me will remove me", "Robert Mugabe", None)]),
    ("a quote standing alone after a sentence naming one person is theirs",
     'Coach Geoff Ingram watched.\n\nThe home side was on the receiving end of two yellow cards, leaving Ingram '
     'unimpressed.  "One of them was questionable, the other one probably not."',
     [("One of them was questionable, the other one probably not.", "Geoff Ingram", None)]),
    ("'Current' is part of a title, not a name",
     'Mukherjee died on Monday.\n\nCurrent Prime Minister of India Narendra Modi wrote, "India grieves the passing '
     'away of Pranab Mukherjee."',
     [("India grieves the passing away of Pranab Mukherjee.", "Narendra Modi", None)]),
    ("part of a judge's statement is the judge's",
     'Judge Gray Miller ruled on Friday.\n\nPart of the judge\'s statement reads "the average woman could '
     'conceivably be better suited physically for some combat positions."',
     [("the average woman could conceivably be better suited physically for some combat positions.", "Gray Miller",
       None)]),
    ("the source after 'According to' is who 'he' is next",
     'Mike Ryan of the WHO spoke. "Surveillance will stop Ebola," Ryan said.\n\nAccording to Jean-Jacques '
     'Muyembe, many people do not seek treatment. "Now that 90% of their patients come out cured," he told the press, '
     '"they will start believing it."',
     [("Surveillance will stop Ebola", "Mike Ryan", None),
      ("Now that 90% of their patients come out cured, they will start believing it.", "Jean-Jacques Muyembe", None)]),
    ("a bulleted list's label names a topic: its quotes are the words of whom its lead-in names",
     'Now, President Donald J. Trump has promised that the Federal Government will:\n\n-   Protect the civil rights '
     'of our Jewish citizens: \u201cI will be your defender and your protector.\u201d -   Enforce the law: \u201cI will '
     'issue clear orders to my Attorney General.\u201d',
     [("I will be your defender and your protector.", "Donald J. Trump", None),
      ("I will issue clear orders to my Attorney General.", "Donald J. Trump", None)]),
    ("a US state's office is a title, not a name",
     'Montana Secretary of State Corey Stapleton said BIPA "is supported overwhelmingly by Montanans, including the '
     'counties in Indian Country."',
     [("is supported overwhelmingly by Montanans, including the counties in Indian Country.", "Corey Stapleton", None)]),
    ("a third-person present verb of speech",
     '"Harris can probably rest easy", Martin opines, "she will not be blocked from taking the oath."',
     [("Harris can probably rest easy she will not be blocked from taking the oath.", "Martin", None)]),
    ("a described speaker ends at the sentence's period",
     '"We are ready to talk now," said an official. Then he left.',
     [("We are ready to talk now", "an official", None)]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_quotes(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    got = find_quotes(text)
    assert [q.text for q in got] == [e[0] for e in expected]
    for q, (_, speaker, via) in zip(got, expected):
        if speaker != "*":
            assert q.speaker == speaker
        assert q.via == via


@pytest.mark.parametrize("text", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_offsets_index_the_text(text: str) -> None:
    for q in find_quotes(text):
        assert 0 <= q.char_start < q.char_end <= len(text)
        if " " not in text[q.char_start:q.char_end].replace(q.text, ""):
            pass
        if text[q.char_start:q.char_end] != q.text:  # a split or multi-paragraph quote, or a link's words
            span = re.sub(r"\]\([^()\s]*\)", "", text[q.char_start:q.char_end])
            assert q.text.split()[0] in span
            assert q.text.split()[-1] in span


def test_one_part_quote_is_its_span() -> None:
    text = 'Hammond said, "We are ready to talk."'
    (q,) = find_quotes(text)
    assert text[q.char_start:q.char_end] == q.text == "We are ready to talk."


def test_title_kept_apart_from_name() -> None:
    (q,) = find_quotes('US Secretary of State John Kerry said, "We will not be deterred by this."')
    assert (q.speaker, q.speaker_title) == ("John Kerry", "US Secretary of State")


def test_pronoun_gender() -> None:
    # "she" skips a man named later (given names, title words: data/quote_gender_words.tsv)
    text = 'Angela Merkel spoke after Boris Johnson arrived. "We have agreed on the next steps," she said.'
    (q,) = find_quotes(text)
    assert q.speaker == "Angela Merkel"


def test_said_title_of_state_after_quote() -> None:
    (q,) = find_quotes('"We will not be deterred by this," said US Secretary of State John Kerry.')
    assert (q.speaker, q.speaker_title) == ("John Kerry", "US Secretary of State")


def test_they_said_resolves_to_the_body() -> None:
    text = 'The European Union issued new rules. "We will enforce them from Monday," they said.'
    (q,) = find_quotes(text)
    assert q.speaker == "European Union"


def test_fold_drops_marks_only() -> None:
    from extract.speakers import fold
    assert fold("Brudziński Erdoğan") == "brudzinski erdogan"
    assert fold("“Quoted” ’90s") == "“quoted” ’90s"
    assert fold("ﬁnance") == "finance"


@pytest.mark.parametrize("para", [
    "Mr. Smith spoke. He left. The U.S. team won! Did it? Yes.",
    'He said "Stop." Then A. B. Cole left at 5 p.m. Today.',
    "Extraordinarily long words end sentences. Abbreviations like approx. do not. End",
    "Ask Ö. Yilmaz about it. Then go.",
])
def test_sentence_starts_match_text_sentences(para: str) -> None:
    from extract.quotes import _sentence_starts
    from extract.text import paragraphs, sentences
    (seg,) = paragraphs(para)
    assert _sentence_starts(seg) == [s.start for s in sentences(para)]


def test_seed_article() -> None:
    seed = Path(__file__).resolve().parents[2] / "seeds" / "000_083e77faa7a2a924.txt"
    if not seed.exists():
        seed = SHARED / "seeds" / "000_083e77faa7a2a924.txt"
    text = seed.read_text(encoding="utf-8")
    got = {q.text[:30]: q for q in find_quotes(text)}
    assert got["Terrorists want to drive us ap"].speaker == "John Kerry"
    assert got["Terrorists want to drive us ap"].via == "AFP"
    assert got["Iraqi people have sacrificed t"].speaker == "Haider al-Abadi"
    assert "Hammond" in got["This isn't going to be done in"].speaker


@pytest.mark.skipif(not (SHARED / "eval" / "dev" / "articles.jsonl").exists(), reason="no dev set")
def test_dev_corpus_offsets() -> None:
    for line in (SHARED / "eval" / "dev" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        for q in find_quotes(text):
            assert 0 <= q.char_start < q.char_end <= len(text)
