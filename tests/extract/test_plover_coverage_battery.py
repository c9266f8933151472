"""Lexical coverage of the PLOVER types: everyday wire wording for each kind of event.

The codebook battery (test_plover_codebook_battery.py) walks the codebook's modes and rules;
this one walks the *vocabulary*: for each of the sixteen types, a dozen invented stories
worded the many ways a wire service or newspaper words that kind of event (a headline, in
Title Case or sentence case, over a one-sentence lead). A story whose wording is missing from
the trigger lexicon yields no candidate of its type at all, so these rows catch gaps in the
lexicon that no development set shows. Countries are real or made up (Varo, Tosca, Lendria,
Marvosa, Kelsar, Ostrin, Belvana, Durnia). Rows the extractor cannot yet code are strict
xfails with the reason: a fix shows up as a failure to unmark.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from typing import NamedTuple

import pytest

from event_text import main_type


class Row(NamedTuple):
    etype: str
    headline: str
    lead: str
    lead_gap: str | None = None  # why the story (headline over its lead) is not yet typed
    head_gap: str | None = None  # why the headline alone is not yet typed


def gap(etype: str, headline: str, lead: str, reason: str, only: str | None = None) -> Row:
    """A row the extractor does not yet code, with why; ``only`` ("lead" or "head") when
    just one of the two readings fails."""
    return Row(
        etype,
        headline,
        lead,
        lead_gap=reason if only in {None, "lead"} else None,
        head_gap=reason if only in {None, "head"} else None,
    )


AGREE = [
    (
        "AGREE",
        "Varo Offers to Mediate Between Tosca and Lendria",
        (
            "Varo's foreign minister offered on Monday to mediate between Tosca and "
            "Lendria in their dispute over the river delta."
        ),
    ),
    (
        "AGREE",
        "Tosca agrees to resume grain exports through Black Sea ports",
        (
            "Tosca agreed on Tuesday to resume grain shipments through its southern ports"
            " under a new arrangement, officials said."
        ),
    ),
    (
        "AGREE",
        "Lendria Pledges to Ratify Climate Pact by Year End",
        (
            "Lendria's president pledged on Wednesday to ratify the regional climate pact"
            " before the end of the year."
        ),
    ),
    (
        "AGREE",
        "Marvosa says ready to hold talks with rebels",
        (
            "Marvosa's government said on Thursday it was ready to hold talks with the "
            "rebel movement without preconditions."
        ),
    ),
    (
        "AGREE",
        "Kelsar Invites Ostrin Leader for State Visit",
        (
            "Kelsar's president invited his Ostrin counterpart to make a state visit next"
            " spring, the presidency said."
        ),
    ),
    (
        "AGREE",
        "Belvana and Durnia agree to set up joint border commission",
        (
            "Belvana and Durnia agreed on Friday to set up a joint commission to mark "
            "their disputed border."
        ),
    ),
    (
        "AGREE",
        "Varo Vows to Cooperate With UN Inquiry",
        (
            "Varo's interior minister vowed on Monday that the government would cooperate"
            " fully with a UN inquiry into the prison deaths."
        ),
    ),
    (
        "AGREE",
        "Tosca promises to share vaccine technology with neighbours",
        (
            "Tosca promised on Tuesday to share its vaccine technology with neighbouring "
            "countries at cost."
        ),
    ),
    (
        "AGREE",
        "Lendria Commits to Joining Regional Free Trade Zone",
        ("Lendria committed on Wednesday to joining the regional free trade zone by 2028."),
    ),
    (
        "AGREE",
        "Marvosa willing to negotiate over disputed islands, minister says",
        (
            "Marvosa is willing to negotiate with Kelsar over the disputed islands, its "
            "foreign minister said on Thursday."
        ),
    ),
    gap(
        "AGREE",
        "Rebels Accept Ceasefire Proposal",
        (
            "Rebel leaders in Ostrin accepted on Friday a proposal from regional "
            "mediators for a ceasefire and talks."
        ),
        (
            "the ceasefire named in the accepted proposal takes the type (CONCEDE) from "
            "the acceptance"
        ),
    ),
    (
        "AGREE",
        "Durnia and Belvana agree to exchange ambassadors",
        (
            "Durnia and Belvana agreed on Saturday to exchange ambassadors for the first "
            "time in a decade."
        ),
    ),
    (
        "AGREE",
        "Varo Signals Readiness to Resume Nuclear Talks",
        "Varo signalled readiness on Monday to resume talks on its nuclear programme.",
    ),
    (
        "AGREE",
        "Tosca open to hosting peace talks, president says",
        (
            "Tosca is open to hosting peace talks between Lendria and Marvosa, its "
            "president said on Tuesday."
        ),
    ),
    (
        "AGREE",
        "Kelsar Says It Will Join Regional Peace Conference",
        ("Kelsar said on Wednesday it would join a regional peace conference next month."),
    ),
    (
        "AGREE",
        "Belvana consents to UN monitoring mission",
        ("Belvana consented on Thursday to a UN mission monitoring its elections next year."),
    ),
    (
        "AGREE",
        "Durnia Expresses Willingness to Resume Dialogue With Opposition",
        (
            "Durnia's government expressed willingness on Friday to resume dialogue with "
            "the opposition."
        ),
    ),
    (
        "AGREE",
        "Ostrin offers to host refugee summit",
        "Ostrin offered on Saturday to host a regional summit on refugees.",
    ),
    (
        "AGREE",
        "Lendria says will back Marvosa's UN bid",
        (
            "Lendria said on Tuesday it would back Marvosa's bid for a seat on the UN "
            "Security Council."
        ),
    ),
    (
        "AGREE",
        "Kelsar Pledges $50 Million for Ostrin Rebuilding",
        "Kelsar pledged $50 million on Wednesday for rebuilding Ostrin after the war.",
    ),
    (
        "AGREE",
        "Belvana vows to honour peace deal",
        "Belvana's president vowed on Thursday to honour the peace deal with Durnia.",
    ),
    (
        "AGREE",
        "Varo Commits Troops to UN Mission",
        "Varo committed 500 troops to the UN mission in Tosca on Monday.",
    ),
    (
        "AGREE",
        "Tosca accepts invitation to summit",
        ("Tosca accepted an invitation on Tuesday to attend the regional summit in Lendria."),
    ),
    (
        "AGREE",
        "Marvosa Expresses Readiness to Mediate",
        ("Marvosa expressed readiness on Wednesday to mediate between Kelsar and Ostrin."),
    ),
    (
        "AGREE",
        "Kelsar to join peace talks",
        (
            "Kelsar will join the peace talks on Ostrin next week, its foreign ministry "
            "said on Thursday."
        ),
    ),
    (
        "AGREE",
        "Varo and Tosca agree to reopen embassies",
        "Varo and Tosca agreed on Monday to reopen their embassies.",
    ),
]

CONSULT = [
    (
        "CONSULT",
        "Varo President Hosts Tosca Counterpart for Border Talks",
        (
            "Varo's president hosted his Tosca counterpart in the capital on Monday for "
            "talks on the border."
        ),
    ),
    (
        "CONSULT",
        "Lendria's foreign minister receives Marvosa envoy",
        (
            "Lendria's foreign minister received a special envoy from Marvosa on Tuesday "
            "to discuss the refugee crisis."
        ),
    ),
    (
        "CONSULT",
        "Kelsar and Ostrin Leaders Hold Talks in Geneva",
        (
            "The leaders of Kelsar and Ostrin held talks in Geneva on Wednesday, their "
            "first meeting since the war."
        ),
    ),
    gap(
        "CONSULT",
        "Belvana premier speaks with Durnia leader by phone",
        (
            "Belvana's prime minister spoke with the Durnia president by phone on "
            "Thursday about energy supplies."
        ),
        (
            "'speaks ... by phone' has the other party between verb and 'by phone'; a "
            "bare 'by phone' also marks interviews"
        ),
    ),
    (
        "CONSULT",
        "Varo Envoy Visits Tosca Amid Tensions",
        (
            "A senior envoy from Varo visited Tosca on Friday amid rising tensions over "
            "fishing rights."
        ),
    ),
    (
        "CONSULT",
        "Gulf leaders gather in Riyadh for emergency summit",
        (
            "Gulf leaders gathered in Riyadh on Saturday for an emergency summit on the "
            "crisis in Yemen."
        ),
    ),
    (
        "CONSULT",
        "Lendria and Marvosa Foreign Ministers Meet on Sidelines of UN Assembly",
        (
            "The foreign ministers of Lendria and Marvosa met on the sidelines of the UN "
            "General Assembly on Monday."
        ),
    ),
    (
        "CONSULT",
        "Kelsar president flies to Ostrin for talks on gas deal",
        ("Kelsar's president flew to Ostrin on Tuesday for talks on a long-term gas supply deal."),
    ),
    (
        "CONSULT",
        "Belvana Mediates Talks Between Durnia and Rebels",
        (
            "Belvana mediated a round of talks between the Durnia government and rebel "
            "leaders on Wednesday."
        ),
    ),
    (
        "CONSULT",
        "Varo and Tosca hold video conference on trade",
        (
            "Trade ministers of Varo and Tosca held a video conference on Thursday on the"
            " tariff dispute."
        ),
    ),
    (
        "CONSULT",
        "Lendria Convenes Regional Security Conference",
        (
            "Lendria convened a regional security conference in its capital on Friday "
            "attended by ministers from six countries."
        ),
    ),
    (
        "CONSULT",
        "Marvosa's leader confers with Kelsar king on crisis",
        (
            "Marvosa's president conferred with the king of Kelsar on Saturday about the "
            "crisis in the region."
        ),
    ),
    (
        "CONSULT",
        "Varo, Tosca Leaders Sit Down for Talks",
        "The leaders of Varo and Tosca sat down for talks in the capital on Monday.",
    ),
    (
        "CONSULT",
        "Kelsar and Ostrin envoys meet in secret",
        "Envoys from Kelsar and Ostrin met secretly in a third country on Tuesday.",
    ),
    (
        "CONSULT",
        "Belvana President Telephones Durnia Counterpart",
        (
            "Belvana's president telephoned his Durnia counterpart on Wednesday to "
            "discuss the crisis."
        ),
    ),
    (
        "CONSULT",
        "Lendria, Marvosa negotiators resume talks in Doha",
        "Negotiators from Lendria and Marvosa resumed talks in Doha on Thursday.",
    ),
    (
        "CONSULT",
        "Kelsar King Pays Visit to Ostrin",
        "Kelsar's king paid an official visit to Ostrin on Friday.",
    ),
    (
        "CONSULT",
        "Varo Holds Consultations With Tosca on Dam",
        "Varo held consultations with Tosca on Saturday about the disputed dam.",
    ),
    (
        "CONSULT",
        "Lendria, Marvosa leaders huddle on crisis",
        ("The leaders of Lendria and Marvosa huddled on the crisis in the capital on Monday."),
    ),
    (
        "CONSULT",
        "Kelsar Envoy Shuttles Between Ostrin and Belvana",
        ("A Kelsar envoy shuttled between Ostrin and Belvana on Tuesday to broker a truce."),
    ),
    (
        "CONSULT",
        "Presidents of Varo and Tosca Hold Summit",
        ("The presidents of Varo and Tosca held a summit in the border town on Wednesday."),
    ),
    (
        "CONSULT",
        "Kelsar and Ostrin foreign ministers hold phone talks",
        "The foreign ministers of Kelsar and Ostrin held phone talks on Thursday.",
    ),
    (
        "CONSULT",
        "Varo Foreign Minister Travels to Tosca for Talks",
        "Varo's foreign minister travelled to Tosca on Friday for talks on the dam.",
    ),
    (
        "CONSULT",
        "Varo Receives Tosca Foreign Minister",
        "Varo's president received Tosca's foreign minister on Monday.",
    ),
    (
        "CONSULT",
        "Lendria minister meets Marvosa counterpart",
        "Lendria's defence minister met his Marvosa counterpart on Tuesday.",
    ),
    (
        "CONSULT",
        "Kelsar President Calls Ostrin Leader",
        "Kelsar's president called the Ostrin leader on Wednesday.",
    ),
    (
        "CONSULT",
        "Belvana and Durnia hold fresh round of talks",
        "Belvana and Durnia held a fresh round of talks on Thursday.",
    ),
    (
        "CONSULT",
        "Envoys From Lendria, Marvosa Confer in Geneva",
        "Envoys from Lendria and Marvosa conferred in Geneva on Friday.",
    ),
    (
        "CONSULT",
        "Varo and Tosca Begin Talks on Border",
        "Varo and Tosca began talks on their border on Monday.",
    ),
    (
        "CONSULT",
        "Lendria hosts Marvosa delegation",
        "Lendria hosted a Marvosa delegation on Tuesday.",
    ),
    (
        "CONSULT",
        "Kelsar Premier Arrives in Ostrin",
        ("Kelsar's prime minister arrived in Ostrin on Wednesday for a three-day visit."),
    ),
    (
        "CONSULT",
        "Belvana, Durnia leaders meet at border",
        "The leaders of Belvana and Durnia met at their border on Thursday.",
    ),
    (
        "CONSULT",
        "Negotiators From Lendria and Marvosa Wrap Up Talks",
        "Negotiators from Lendria and Marvosa wrapped up talks on Friday.",
    ),
    gap(
        "CONSULT",
        "Varo's Leader Hosts Tosca Premier at Lakeside Retreat",
        ("Varo's president hosted Tosca's prime minister at a lakeside retreat on Tuesday."),
        "a 'retreat' named as the venue is read as a withdrawal",
    ),
]

SUPPORT = [
    (
        "SUPPORT",
        "Varo Praises Tosca's Handling of Election",
        (
            "Varo's foreign ministry praised Tosca on Monday for its handling of the "
            "presidential election."
        ),
    ),
    (
        "SUPPORT",
        "Lendria backs Marvosa's bid for Security Council seat",
        ("Lendria said on Tuesday it backed Marvosa's bid for a seat on the UN Security Council."),
    ),
    (
        "SUPPORT",
        "Kelsar Recognises Ostrin's New Government",
        "Kelsar formally recognised the new government of Ostrin on Wednesday.",
    ),
    (
        "SUPPORT",
        "Belvana and Durnia sign defence pact",
        "Belvana and Durnia signed a defence pact in the capital on Thursday.",
    ),
    (
        "SUPPORT",
        "Varo Welcomes Tosca Peace Deal",
        ("Varo welcomed on Friday the peace deal signed between the Tosca government and rebels."),
    ),
    (
        "SUPPORT",
        "Lendria and Marvosa establish diplomatic relations",
        ("Lendria and Marvosa established diplomatic relations on Saturday for the first time."),
    ),
    (
        "SUPPORT",
        "Kelsar Parliament Ratifies Border Treaty With Ostrin",
        "Kelsar's parliament ratified the border treaty with Ostrin on Monday.",
    ),
    (
        "SUPPORT",
        "Belvana expresses solidarity with quake-hit Durnia",
        ("Belvana's president expressed solidarity with Durnia on Tuesday after the earthquake."),
    ),
    (
        "SUPPORT",
        "Varo Endorses UN Plan for Tosca",
        "Varo endorsed on Wednesday a UN plan to end the political crisis in Tosca.",
    ),
    (
        "SUPPORT",
        "Lendria congratulates Marvosa's new president",
        (
            "Lendria's leader congratulated Marvosa's new president on his election "
            "victory on Thursday."
        ),
    ),
    (
        "SUPPORT",
        "Kelsar and Ostrin Upgrade Ties to Strategic Partnership",
        "Kelsar and Ostrin upgraded their ties to a strategic partnership on Friday.",
    ),
    (
        "SUPPORT",
        "Belvana applauds Durnia's release of political prisoners",
        "Belvana applauded on Saturday Durnia's decision to free political prisoners.",
    ),
    (
        "SUPPORT",
        "Varo Hails Tosca Reforms",
        "Varo hailed Tosca's economic reforms on Monday.",
    ),
    (
        "SUPPORT",
        "Lendria lauds Marvosa's role in peace talks",
        "Lendria lauded Marvosa's role in the peace talks on Tuesday.",
    ),
    (
        "SUPPORT",
        "Kelsar Voices Support for Ostrin's Territorial Integrity",
        "Kelsar voiced support on Wednesday for Ostrin's territorial integrity.",
    ),
    (
        "SUPPORT",
        "Belvana and Durnia Restore Diplomatic Ties",
        ("Belvana and Durnia restored diplomatic ties on Thursday after a five-year rift."),
    ),
    (
        "SUPPORT",
        "Varo signs free trade agreement with Tosca",
        "Varo signed a free trade agreement with Tosca on Friday.",
    ),
    (
        "SUPPORT",
        "Lendria Stands by Marvosa Amid Crisis",
        "Lendria said on Saturday it stood by Marvosa amid the political crisis.",
    ),
    (
        "SUPPORT",
        "Varo Throws Weight Behind Tosca Peace Plan",
        "Varo threw its weight behind Tosca's peace plan on Monday.",
    ),
    (
        "SUPPORT",
        "Lendria signs accord with Marvosa",
        "Lendria signed an accord with Marvosa on Tuesday on border demarcation.",
    ),
    (
        "SUPPORT",
        "Varo, Tosca Ink Border Treaty",
        "Varo and Tosca inked a border treaty on Wednesday.",
    ),
    (
        "SUPPORT",
        "Kelsar opens embassy in Ostrin",
        ("Kelsar opened an embassy in Ostrin on Thursday, its first since independence."),
    ),
    (
        "SUPPORT",
        "Belvana Voices Backing for Durnia Reforms",
        "Belvana voiced backing for Durnia's reforms on Friday.",
    ),
    (
        "SUPPORT",
        "Varo Commends Tosca for Releasing Prisoners",
        "Varo commended Tosca on Monday for releasing political prisoners.",
    ),
    (
        "SUPPORT",
        "Lendria throws support behind Marvosa",
        ("Lendria threw its support behind Marvosa on Tuesday in its dispute with Kelsar."),
    ),
    (
        "SUPPORT",
        "Kelsar Signs Security Pact With Ostrin",
        "Kelsar signed a security pact with Ostrin on Wednesday.",
    ),
    (
        "SUPPORT",
        "Varo reaffirms support for Tosca",
        "Varo reaffirmed its support for Tosca on Thursday.",
    ),
    (
        "SUPPORT",
        "Lendria Hails Marvosa Vote as Free and Fair",
        "Lendria hailed Marvosa's election on Wednesday as free and fair.",
    ),
]

CONCEDE = [
    (
        "CONCEDE",
        "Varo Eases Curfew in Capital",
        ("Varo's government eased the curfew in the capital on Monday after a week of calm."),
    ),
    (
        "CONCEDE",
        "Tosca lifts state of emergency",
        "Tosca's president lifted the state of emergency on Tuesday.",
    ),
    (
        "CONCEDE",
        "Lendria Government Apologises for Colonial-Era Massacre",
        ("Lendria's government apologised on Wednesday for a colonial-era massacre in Marvosa."),
    ),
    (
        "CONCEDE",
        "Kelsar bows to protesters' demands, scraps fuel price hike",
        (
            "Kelsar's government scrapped a planned fuel price hike on Thursday after "
            "days of protests."
        ),
    ),
    (
        "CONCEDE",
        "Ostrin Rebels Declare Unilateral Ceasefire",
        ("Rebels in Ostrin declared a unilateral ceasefire on Friday to allow aid deliveries."),
    ),
    (
        "CONCEDE",
        "Belvana grants amnesty to opposition activists",
        ("Belvana's president granted an amnesty to jailed opposition activists on Saturday."),
    ),
    (
        "CONCEDE",
        "Durnia Drops Charges Against Journalists",
        "Prosecutors in Durnia dropped charges against three journalists on Monday.",
    ),
    (
        "CONCEDE",
        "Varo pardons jailed opposition leader",
        "Varo's president pardoned the jailed opposition leader on Tuesday.",
    ),
    (
        "CONCEDE",
        "Tosca Relaxes Restrictions on Foreign Media",
        (
            "Tosca relaxed restrictions on foreign media on Wednesday, allowing "
            "correspondents to return."
        ),
    ),
    (
        "CONCEDE",
        "Lendria backs down on plan to raise taxes",
        ("Lendria's government backed down on Thursday on its plan to raise income taxes."),
    ),
    (
        "CONCEDE",
        "Marvosa Agrees to Protesters' Key Demands",
        ("Marvosa's government agreed on Friday to the key demands of striking teachers."),
    ),
    (
        "CONCEDE",
        "Kelsar admits mistakes in handling of refugee crisis",
        (
            "Kelsar's interior minister admitted mistakes on Saturday in the handling of "
            "the refugee crisis."
        ),
    ),
    (
        "CONCEDE",
        "Tosca Reverses Ban on Opposition Rallies",
        "Tosca reversed a ban on opposition rallies on Monday.",
    ),
    (
        "CONCEDE",
        "Lendria scraps controversial media law",
        "Lendria scrapped a controversial media law on Tuesday.",
    ),
    (
        "CONCEDE",
        "Marvosa Offers Rebels Amnesty",
        "Marvosa offered an amnesty to rebels who lay down their arms on Wednesday.",
    ),
    (
        "CONCEDE",
        "Varo Promises to Withdraw Troops From Tosca",
        ("Varo promised on Friday to withdraw its troops from Tosca by the end of the year."),
    ),
    (
        "CONCEDE",
        "Marvosa says sorry for border shooting",
        "Marvosa said sorry on Saturday for the shooting of two Kelsar border guards.",
    ),
    (
        "CONCEDE",
        "Kelsar Eases Travel Restrictions on Ostrin Citizens",
        "Kelsar eased travel restrictions on Ostrin citizens on Monday.",
    ),
    gap(
        "CONCEDE",
        "Belvana lifts ban on opposition newspaper",
        "Belvana lifted a ban on the main opposition newspaper on Tuesday.",
        "the tagger reads 'lifts' as a noun, so the ban lifted carries the headline",
    ),
    (
        "CONCEDE",
        "Lendria Backtracks on Plan to Close Border",
        "Lendria backtracked on Wednesday on its plan to close the border.",
    ),
    (
        "CONCEDE",
        "Kelsar drops objection to Ostrin's membership",
        "Kelsar dropped its objection to Ostrin's membership of the bloc on Thursday.",
    ),
    (
        "CONCEDE",
        "Varo Offers Concessions to Tosca",
        "Varo offered concessions to Tosca on Friday on fishing quotas.",
    ),
    (
        "CONCEDE",
        "Lendria Suspends Controversial Dam Project",
        (
            "Lendria suspended a controversial dam project on Monday after protests "
            "downstream in Marvosa."
        ),
    ),
    (
        "CONCEDE",
        "Marvosa softens stance on refugees",
        "Marvosa softened its stance on refugees on Tuesday.",
    ),
    gap(
        "CONCEDE",
        "Kelsar Shelves Plan to Annex Border Region",
        "Kelsar shelved its plan to annex the border region on Wednesday.",
        "in Title Case 'Shelves' is read as the plural noun, not the verb",
        only="head",
    ),
    gap(
        "CONCEDE",
        "Ostrin accepts responsibility for downing airliner",
        "Ostrin accepted responsibility on Thursday for downing a Belvana airliner.",
        ("accepting responsibility is read like claiming it for an attack (no event of its own)"),
    ),
    (
        "CONCEDE",
        "Belvana Unblocks Social Media",
        "Belvana unblocked social media on Friday after a week-long ban.",
    ),
    (
        "CONCEDE",
        "Tosca Gives In to Strikers' Demands",
        "Tosca's government gave in to the strikers' demands on Monday.",
    ),
    (
        "CONCEDE",
        "Lendria climbs down over tariffs",
        "Lendria climbed down on Tuesday over its planned tariffs on Marvosa goods.",
    ),
    (
        "CONCEDE",
        "Marvosa Pledges to Lift Blockade",
        "Marvosa pledged on Wednesday to lift its blockade of Kelsar's ports.",
    ),
    (
        "CONCEDE",
        "Kelsar promises to pull troops back",
        "Kelsar promised on Thursday to pull its troops back from the border.",
    ),
    (
        "CONCEDE",
        "Durnia Announces Truce for Holiday",
        "Durnia announced a truce on Friday for the religious holiday.",
    ),
]

COOPERATE = [
    (
        "COOPERATE",
        "Varo Extradites Drug Lord to Tosca",
        "Varo extradited a wanted drug lord to Tosca on Monday, police said.",
    ),
    (
        "COOPERATE",
        "Lendria, Marvosa begin sharing intelligence on militants",
        ("Lendria and Marvosa began sharing intelligence on militant groups on Tuesday."),
    ),
    (
        "COOPERATE",
        "Kelsar and Ostrin Launch Joint Border Patrols",
        "Kelsar and Ostrin launched joint patrols along their border on Wednesday.",
    ),
    (
        "COOPERATE",
        "Belvana and Durnia hold joint naval exercises",
        "Belvana and Durnia held joint naval exercises in the gulf on Thursday.",
    ),
    (
        "COOPERATE",
        "Varo Resumes Gas Exports to Tosca",
        "Varo resumed gas exports to Tosca on Friday after a two-year halt.",
    ),
    gap(
        "COOPERATE",
        "Lendria hands over war crimes suspect to tribunal",
        ("Lendria handed over a war crimes suspect to the international tribunal on Saturday."),
        "the tagger reads 'hands' as a noun and the parser 'suspect' as a verb",
    ),
    gap(
        "COOPERATE",
        "Kelsar and Ostrin Reopen Border Crossing to Trade",
        "Kelsar and Ostrin reopened their main border crossing to trade on Monday.",
        (
            "reopening a border reads as a concession (CONCEDE); only the purpose 'to "
            "trade' makes it cooperation"
        ),
    ),
    (
        "COOPERATE",
        "Belvana, Durnia begin joint investigation into smuggling ring",
        ("Belvana and Durnia began a joint investigation into a people-smuggling ring on Tuesday."),
    ),
    (
        "COOPERATE",
        "Varo and Tosca Expand Trade Ties",
        ("Varo and Tosca expanded trade ties on Wednesday with a deal to cut customs checks."),
    ),
    (
        "COOPERATE",
        "Lendria and Marvosa conduct joint operation against pirates",
        ("Lendria and Marvosa navies conducted a joint operation against pirates on Thursday."),
    ),
    (
        "COOPERATE",
        "Kelsar Transfers Terror Suspects to Ostrin",
        (
            "Kelsar transferred two terror suspects to Ostrin on Friday at the request of"
            " its prosecutors."
        ),
    ),
    (
        "COOPERATE",
        "Belvana and Durnia exchange information on cross-border crime",
        ("Police in Belvana and Durnia exchanged information on cross-border crime on Saturday."),
    ),
    (
        "COOPERATE",
        "Lendria and Marvosa Ramp Up Trade",
        "Lendria and Marvosa ramped up trade on Monday with new rail freight links.",
    ),
    (
        "COOPERATE",
        "Kelsar, Ostrin navies stage joint drills",
        "The navies of Kelsar and Ostrin staged joint drills on Tuesday.",
    ),
    (
        "COOPERATE",
        "Belvana Hands Over Coup Plotter to Durnia",
        "Belvana handed over a suspected coup plotter to Durnia on Wednesday.",
    ),
    (
        "COOPERATE",
        "Varo resumes oil shipments to Tosca",
        "Varo resumed oil shipments to Tosca on Thursday.",
    ),
    (
        "COOPERATE",
        "Belvana and Durnia Swap Intelligence on Jihadists",
        "Belvana and Durnia swapped intelligence on jihadist cells on Friday.",
    ),
    (
        "COOPERATE",
        "Tosca and Lendria launch joint venture to develop gas field",
        ("Tosca and Lendria launched a joint venture on Saturday to develop a gas field."),
    ),
    (
        "COOPERATE",
        "Kelsar Sells Wheat to Ostrin",
        "Kelsar sold 200,000 tonnes of wheat to Ostrin on Monday.",
    ),
    gap(
        "COOPERATE",
        "Belvana, Durnia link power grids",
        "Belvana and Durnia linked their power grids on Tuesday.",
        "the tagger reads 'link' after the paired names as a noun",
        only="head",
    ),
    (
        "COOPERATE",
        "Varo and Tosca Begin Joint Oil Exploration",
        "Varo and Tosca began joint oil exploration in the gulf on Wednesday.",
    ),
    (
        "COOPERATE",
        "Kelsar buys Ostrin gas",
        "Kelsar bought gas from Ostrin on Thursday under a new contract.",
    ),
    (
        "COOPERATE",
        "Lendria and Marvosa Conduct Joint Military Exercises",
        "Lendria and Marvosa conducted joint military exercises on Friday.",
    ),
    (
        "COOPERATE",
        "Trade Deal Between Varo and Tosca Takes Effect",
        ("A trade deal between Varo and Tosca took effect on Monday, cutting tariffs on goods."),
    ),
    gap(
        "COOPERATE",
        "Lendria and Marvosa open border crossing for trade",
        "Lendria and Marvosa opened a border crossing for trade on Tuesday.",
        (
            "opening a border reads as a concession (CONCEDE); only the purpose 'for "
            "trade' makes it cooperation"
        ),
    ),
    (
        "COOPERATE",
        "Kelsar Supplies Gas to Ostrin Under New Deal",
        "Kelsar began supplying gas to Ostrin on Wednesday under a new deal.",
    ),
    (
        "COOPERATE",
        "Belvana and Durnia navies patrol strait together",
        "The navies of Belvana and Durnia patrolled the strait together on Thursday.",
    ),
    (
        "COOPERATE",
        "Tosca, Lendria start joint naval patrols",
        "Tosca and Lendria started joint naval patrols on Monday.",
    ),
    (
        "COOPERATE",
        "Marvosa and Kelsar Share Satellite Data",
        "Marvosa and Kelsar shared satellite data on the storm on Tuesday.",
    ),
    (
        "COOPERATE",
        "Ostrin extradites two suspects to Belvana",
        "Ostrin extradited two suspects to Belvana on Wednesday.",
    ),
    (
        "COOPERATE",
        "Varo and Tosca Restore Flights",
        "Varo and Tosca restored direct flights on Monday after a five-year halt.",
    ),
    (
        "COOPERATE",
        "Lendria resumes electricity exports to Marvosa",
        "Lendria resumed electricity exports to Marvosa on Tuesday.",
    ),
    (
        "COOPERATE",
        "Varo and Tosca coordinate border security",
        "Varo and Tosca coordinated security along their border on Thursday.",
    ),
    (
        "COOPERATE",
        "Ostrin and Belvana Pool Resources Against Locusts",
        "Ostrin and Belvana pooled resources on Thursday to fight locust swarms.",
    ),
]

AID = [
    (
        "AID",
        "Varo Opens Field Hospital in Flood-Hit Tosca",
        "Varo opened a field hospital in flood-hit Tosca on Monday.",
    ),
    (
        "AID",
        "Varo Trains Tosca Police Officers",
        ("Varo began training 500 Tosca police officers on Tuesday under a security agreement."),
    ),
    (
        "AID",
        "Varo Builds Water Wells in Drought-Hit Villages",
        ("Varo's aid agency built water wells in drought-hit villages of Tosca on Wednesday."),
    ),
    (
        "AID",
        "Lendria airlifts food to famine-hit Marvosa",
        "Lendria airlifted 40 tonnes of food to famine-hit Marvosa on Thursday.",
    ),
    (
        "AID",
        "Kelsar Evacuates Wounded From Ostrin",
        "Kelsar evacuated hundreds of wounded civilians from Ostrin on Friday.",
    ),
    (
        "AID",
        "Belvana shelters thousands of Durnia refugees",
        ("Belvana sheltered thousands of refugees fleeing fighting in Durnia on Saturday."),
    ),
    (
        "AID",
        "Varo Funds Reconstruction of Tosca Schools",
        ("Varo agreed to fund and began rebuilding schools destroyed in the Tosca war on Monday."),
    ),
    (
        "AID",
        "Lendria forgives Marvosa's debt",
        "Lendria forgave $2 billion of Marvosa's debt on Tuesday.",
    ),
    (
        "AID",
        "Kelsar Sends Peacekeepers to Ostrin",
        "Kelsar sent 800 peacekeepers to Ostrin on Wednesday as part of a UN mission.",
    ),
    (
        "AID",
        "Commandos rescue hostages held by rebels in Belvana",
        "Durnia commandos rescued 12 hostages held by rebels in Belvana on Thursday.",
    ),
    (
        "AID",
        "Varo Grants Asylum to Tosca Dissident",
        "Varo granted asylum on Friday to a prominent Tosca dissident.",
    ),
    (
        "AID",
        "Lendria delivers tents and blankets to quake survivors",
        ("Lendria delivered tents and blankets to earthquake survivors in Marvosa on Saturday."),
    ),
    (
        "AID",
        "Kelsar Supplies Ostrin With Air Defence Systems",
        "Kelsar supplied Ostrin with air defence systems on Monday.",
    ),
    (
        "AID",
        "Belvana sets up refugee camp on Durnia border",
        "Belvana set up a refugee camp on its border with Durnia on Tuesday.",
    ),
    (
        "AID",
        "Varo Ships Vaccines to Tosca",
        "Varo shipped a million vaccine doses to Tosca on Monday.",
    ),
    (
        "AID",
        "Lendria donates ambulances to Marvosa hospitals",
        "Lendria donated 50 ambulances to Marvosa hospitals on Tuesday.",
    ),
    (
        "AID",
        "Kelsar Rebuilds Bridges in War-Torn Ostrin",
        "Kelsar army engineers rebuilt bridges in war-torn Ostrin on Wednesday.",
    ),
    (
        "AID",
        "Belvana takes in 5,000 Durnia refugees",
        "Belvana took in 5,000 refugees from Durnia on Thursday.",
    ),
    (
        "AID",
        "Varo Deploys Medical Team to Cholera-Hit Tosca",
        "Varo deployed a medical team to cholera-hit Tosca on Friday.",
    ),
    (
        "AID",
        "Lendria bails out Marvosa's central bank",
        "Lendria bailed out Marvosa's central bank on Saturday.",
    ),
    gap(
        "AID",
        "Varo Arms Tosca Rebels",
        "Varo armed rebels fighting the Tosca government on Monday, officials said.",
        "in Title Case 'Arms' reads as the noun (weapons), not the verb",
    ),
    (
        "AID",
        "Belvana navy rescues migrants off coast",
        "Belvana's navy rescued 300 migrants off its coast on Tuesday.",
    ),
    (
        "AID",
        "Varo Distributes Seeds to Tosca Farmers",
        "Varo's aid agency distributed seeds to farmers in Tosca on Wednesday.",
    ),
    (
        "AID",
        "Lendria helps Marvosa restore power grid",
        "Lendria engineers helped Marvosa restore its power grid on Thursday.",
    ),
    gap(
        "AID",
        "Kelsar Provides Ostrin With Fighter Jets",
        "Kelsar provided Ostrin with fighter jets on Monday.",
        (
            "no sense gives aircraft as aid: one (provide, supply, hand over + jets, "
            "tanks, drones) cost a CAMEO quad item and was dropped"
        ),
    ),
    (
        "AID",
        "Belvana hands Durnia $100 million",
        "Belvana handed Durnia $100 million in budget support on Tuesday.",
    ),
    (
        "AID",
        "Lendria Medics Treat Marvosa Wounded",
        "Lendria army medics treated wounded Marvosa civilians on Wednesday.",
    ),
    (
        "AID",
        "Belvana feeds thousands of displaced in Durnia",
        "Belvana fed thousands of displaced people in Durnia on Thursday.",
    ),
    (
        "AID",
        "Varo Clears Mines in Tosca",
        "Varo army engineers cleared mines in Tosca on Friday.",
    ),
    (
        "AID",
        "Lendria gives Marvosa $2 billion credit line",
        "Lendria gave Marvosa a $2 billion credit line on Saturday.",
    ),
    gap(
        "AID",
        "Varo Delivers Promised Aid to Tosca",
        "Varo delivered the aid it had promised to Tosca on Monday.",
        (
            "the parser makes 'Delivers' an auxiliary of 'Promised', so the promise "
            "(AGREE) is the headline's verb"
        ),
    ),
    gap(
        "AID",
        "Lendria pays salaries of Marvosa civil servants",
        "Lendria paid the salaries of Marvosa's civil servants on Tuesday.",
        (
            "paying another state's salaries is budget support, but 'pays salaries' at "
            "home is none and the verb alone cannot tell"
        ),
    ),
    (
        "AID",
        "Kelsar Finances New Hospital in Ostrin",
        "Kelsar financed a new hospital in Ostrin on Wednesday.",
    ),
    (
        "AID",
        "Varo sends firefighters to help Tosca battle blazes",
        "Varo sent 200 firefighters on Thursday to help Tosca battle forest fires.",
    ),
    (
        "AID",
        "Lendria Dispatches Rescue Teams After Marvosa Quake",
        "Lendria dispatched rescue teams to Marvosa on Friday after the earthquake.",
    ),
    (
        "AID",
        "Kelsar grants Ostrin emergency loan",
        "Kelsar granted Ostrin an emergency loan on Saturday.",
    ),
    (
        "AID",
        "UN Agency Distributes Food in Lendria",
        "A UN agency distributed food to hungry families in Lendria on Monday.",
    ),
    (
        "AID",
        "Varo writes off Tosca's debts",
        "Varo wrote off Tosca's debts on Tuesday.",
    ),
    (
        "AID",
        "Varo Ships Grain to Hungry Tosca",
        "Varo shipped grain to hungry Tosca on Monday.",
    ),
    (
        "AID",
        "Lendria flies medicine to Marvosa",
        "Lendria flew medicine to Marvosa on Tuesday.",
    ),
    (
        "AID",
        "Kelsar Hands Over Ambulances to Ostrin",
        "Kelsar handed over 20 ambulances to Ostrin on Wednesday.",
    ),
    (
        "AID",
        "Belvana trains Durnia soldiers",
        "Belvana began training Durnia soldiers on Thursday.",
    ),
    (
        "AID",
        "Tosca Gives Refuge to Lendria Opposition Leader",
        "Tosca gave refuge to the Lendria opposition leader on Friday.",
    ),
    (
        "AID",
        "Lendria builds schools in Marvosa",
        "Lendria built ten schools in Marvosa on Saturday under its aid programme.",
    ),
    (
        "AID",
        "Varo Sends Doctors to Tosca",
        "Varo sent 50 doctors to Tosca on Monday to help fight the epidemic.",
    ),
    (
        "AID",
        "Lendria equips Marvosa coast guard",
        "Lendria equipped Marvosa's coast guard with patrol boats on Tuesday.",
    ),
    (
        "AID",
        "Kelsar Backs Ostrin With $1 Billion Loan",
        "Kelsar backed Ostrin with a $1 billion loan on Wednesday.",
    ),
    (
        "AID",
        "Belvana hosts Durnia refugees",
        "Belvana hosted thousands of Durnia refugees on Thursday.",
    ),
    (
        "AID",
        "Varo Rushes Aid to Storm-Hit Tosca",
        "Varo rushed aid to storm-hit Tosca on Friday.",
    ),
    (
        "AID",
        "Lendria provides shelter to displaced",
        "Lendria provided shelter to thousands of displaced people on Saturday.",
    ),
    (
        "AID",
        "Durnia Airdrops Food to Besieged Town in Varo",
        "Durnia airdropped food to a besieged town in Varo on Friday.",
    ),
]

RETREAT = [
    (
        "RETREAT",
        "Varo Pulls Troops Out of Tosca Border Region",
        "Varo pulled its troops out of the Tosca border region on Monday.",
    ),
    (
        "RETREAT",
        "Lendria frees 200 Marvosa prisoners",
        "Lendria freed 200 Marvosa prisoners of war on Tuesday.",
    ),
    (
        "RETREAT",
        "Kelsar Defence Minister Resigns",
        "Kelsar's defence minister resigned on Wednesday after the military setback.",
    ),
    gap(
        "RETREAT",
        "Rebels in Ostrin hand in weapons",
        "Rebels in Ostrin handed in their weapons to UN monitors on Thursday.",
        "the tagger reads 'hand' after a place name as a noun",
        only="head",
    ),
    (
        "RETREAT",
        "Belvana Returns Seized Ships to Durnia",
        "Belvana returned three seized fishing ships to Durnia on Friday.",
    ),
    (
        "RETREAT",
        "Varo lets UN inspectors into nuclear site",
        "Varo allowed UN inspectors into its main nuclear site on Saturday.",
    ),
    (
        "RETREAT",
        "Tosca Forces Withdraw From Disputed Town",
        "Tosca forces withdrew from the disputed border town on Monday.",
    ),
    (
        "RETREAT",
        "Ceasefire takes hold in Lendria",
        ("A ceasefire took hold in Lendria on Tuesday, with no fighting reported overnight."),
    ),
    (
        "RETREAT",
        "Marvosa Releases Detained Journalists",
        "Marvosa released four detained foreign journalists on Wednesday.",
    ),
    (
        "RETREAT",
        "Kelsar army retreats from captured villages",
        "Kelsar's army retreated from villages it had captured in Ostrin on Thursday.",
    ),
    (
        "RETREAT",
        "Belvana Prime Minister Steps Down",
        "Belvana's prime minister stepped down on Friday amid a corruption scandal.",
    ),
    (
        "RETREAT",
        "Durnia militia disbands, surrenders arms",
        "A Durnia militia disbanded on Saturday and surrendered its arms to the army.",
    ),
    (
        "RETREAT",
        "Tosca Hands Back Seized Land to Farmers",
        "Tosca handed back seized land to farmers on Monday.",
    ),
    (
        "RETREAT",
        "Lendria opens corridor for aid convoys",
        "Lendria opened a corridor for aid convoys into the besieged city on Tuesday.",
    ),
    (
        "RETREAT",
        "Marvosa Army Vacates Rebel Town",
        "Marvosa's army vacated the rebel-held town on Wednesday.",
    ),
    (
        "RETREAT",
        "Kelsar sets free jailed activists",
        "Kelsar set free ten jailed activists on Thursday.",
    ),
    (
        "RETREAT",
        "Belvana Militants Lay Down Arms",
        "Hundreds of militants in Belvana laid down their arms on Friday.",
    ),
    (
        "RETREAT",
        "Guns fall silent in Marvosa as truce begins",
        "Guns fell silent in Marvosa on Saturday as a truce took effect.",
    ),
    (
        "RETREAT",
        "Varo Troops Leave Tosca",
        "Varo troops left Tosca on Monday after a decade.",
    ),
    (
        "RETREAT",
        "Lendria swaps prisoners with Marvosa",
        "Lendria swapped prisoners with Marvosa on Tuesday.",
    ),
    (
        "RETREAT",
        "Rebels Free Kidnapped Aid Workers",
        "Rebels freed three kidnapped aid workers on Wednesday.",
    ),
    (
        "RETREAT",
        "Belvana minister quits over scandal",
        "Belvana's finance minister quit on Thursday over a bribery scandal.",
    ),
    (
        "RETREAT",
        "Varo Scales Back Military Presence in Tosca",
        "Varo scaled back its military presence in Tosca on Friday.",
    ),
    (
        "RETREAT",
        "Varo Frees Detained Fishermen",
        "Varo freed detained Tosca fishermen on Monday.",
    ),
    (
        "RETREAT",
        "Lendria releases seized tanker",
        "Lendria released a seized Marvosa tanker on Tuesday.",
    ),
    (
        "RETREAT",
        "Marvosa Pulls Back Artillery From Front Line",
        "Marvosa pulled back artillery from the front line on Wednesday.",
    ),
    (
        "RETREAT",
        "Kelsar returns remains of Ostrin soldiers",
        "Kelsar returned the remains of Ostrin soldiers on Thursday.",
    ),
    (
        "RETREAT",
        "Ostrin Minister Steps Aside",
        "Ostrin's interior minister stepped aside on Friday pending an inquiry.",
    ),
    (
        "RETREAT",
        "Varo Army Abandons Positions Near Tosca",
        "Varo's army abandoned its positions near Tosca on Monday.",
    ),
    (
        "RETREAT",
        "Tosca militia lays down weapons",
        "A Tosca militia laid down its weapons on Tuesday.",
    ),
    (
        "RETREAT",
        "Lendria Opens Humanitarian Corridor",
        "Lendria opened a humanitarian corridor into the besieged city on Wednesday.",
    ),
    (
        "RETREAT",
        "Kelsar ends military mission in Ostrin",
        "Kelsar ended its military mission in Ostrin on Thursday.",
    ),
    (
        "RETREAT",
        "Ostrin Frees Belvana Sailors",
        "Ostrin freed 15 Belvana sailors on Friday.",
    ),
    (
        "RETREAT",
        "Tosca Rebels Withdraw From Captured Oil Field",
        "Rebels in Tosca withdrew from a captured oil field on Monday.",
    ),
]

REQUEST = [
    (
        "REQUEST",
        "Varo Urges Tosca to Release Detained Fishermen",
        ("Varo urged Tosca on Monday to release fishermen detained near the disputed islands."),
    ),
    (
        "REQUEST",
        "Lendria asks for international help to fight wildfires",
        ("Lendria asked for international help on Tuesday to fight wildfires in the north."),
    ),
    (
        "REQUEST",
        "Kelsar Calls on Ostrin to Withdraw Troops",
        "Kelsar called on Ostrin on Wednesday to withdraw its troops from the border.",
    ),
    (
        "REQUEST",
        "Belvana appeals for aid after floods",
        ("Belvana appealed for international aid on Thursday after floods displaced thousands."),
    ),
    (
        "REQUEST",
        "Varo Demands Apology From Tosca",
        ("Varo demanded an apology from Tosca on Friday over remarks by its defence minister."),
    ),
    (
        "REQUEST",
        "UN chief urges restraint in Lendria",
        ("The UN secretary-general urged all sides in Lendria to show restraint on Saturday."),
    ),
    (
        "REQUEST",
        "Marvosa Seeks Extradition of Former Leader",
        ("Marvosa sought the extradition of its former president from Kelsar on Monday."),
    ),
    (
        "REQUEST",
        "Ostrin presses Kelsar to reopen border",
        "Ostrin pressed Kelsar on Tuesday to reopen the border to trucks.",
    ),
    (
        "REQUEST",
        "Belvana Requests Emergency Security Council Meeting",
        ("Belvana requested an emergency meeting of the UN Security Council on Wednesday."),
    ),
    (
        "REQUEST",
        "Durnia opposition calls for snap election",
        "Durnia's opposition called for a snap election on Thursday.",
    ),
    (
        "REQUEST",
        "Varo Pleads for Return of Kidnapped Aid Workers",
        ("Varo's government pleaded on Friday for the return of three kidnapped aid workers."),
    ),
    (
        "REQUEST",
        "Tosca asks Lendria to hand over coup suspects",
        ("Tosca asked Lendria on Saturday to hand over officers suspected of plotting a coup."),
    ),
    (
        "REQUEST",
        "Varo Calls for Ceasefire in Tosca",
        "Varo called for a ceasefire in Tosca on Monday.",
    ),
    gap(
        "REQUEST",
        "Lendria seeks IMF bailout",
        "Lendria sought an IMF bailout on Tuesday.",
        ("the tagger reads 'seeks' as a noun, so the bailout sought is taken for aid given"),
    ),
    (
        "REQUEST",
        "Belvana Appeals to UN for Peacekeepers",
        "Belvana appealed to the UN for peacekeepers on Wednesday.",
    ),
    (
        "REQUEST",
        "Lendria lobbies allies for more weapons",
        "Lendria lobbied its allies for more weapons on Thursday.",
    ),
    (
        "REQUEST",
        "Kelsar Asks Ostrin for Explanation Over Drone Incident",
        "Kelsar asked Ostrin for an explanation on Friday over a drone incident.",
    ),
    (
        "REQUEST",
        "Durnia demands withdrawal of Belvana troops",
        "Durnia demanded the withdrawal of Belvana troops on Saturday.",
    ),
    (
        "REQUEST",
        "Varo Asks UN to Send Peacekeepers",
        "Varo asked the UN on Monday to send peacekeepers.",
    ),
    gap(
        "REQUEST",
        "Lendria wants Marvosa to pay compensation",
        ("Lendria wants Marvosa to pay compensation for the spill, its minister said on Tuesday."),
        "'wants X to' is too common to read as a request",
    ),
    (
        "REQUEST",
        "Kelsar Urges Citizens to Leave Ostrin",
        "Kelsar urged its citizens on Wednesday to leave Ostrin.",
    ),
    (
        "REQUEST",
        "Varo presses Tosca on missing journalist",
        "Varo pressed Tosca on Thursday for answers on a missing journalist.",
    ),
    (
        "REQUEST",
        "Lendria Calls for Talks With Marvosa",
        "Lendria called for talks with Marvosa on Friday.",
    ),
    (
        "REQUEST",
        "Varo Begs Allies for Air Defences",
        "Varo begged its allies for more air defences on Monday.",
    ),
    (
        "REQUEST",
        "Marvosa seeks help to fight locusts",
        "Marvosa sought international help on Tuesday to fight a locust plague.",
    ),
    (
        "REQUEST",
        "Kelsar Urges Ostrin to Free Hostages",
        "Kelsar urged Ostrin on Wednesday to free the hostages.",
    ),
    (
        "REQUEST",
        "Ostrin demands answers from Kelsar",
        "Ostrin demanded answers from Kelsar on Thursday over the missile strike.",
    ),
    gap(
        "REQUEST",
        "Lendria Appeals to Marvosa to Spare Condemned Nurse",
        "Lendria appealed to Marvosa on Tuesday to spare a condemned nurse.",
        (
            "in Title Case the parse does not make 'Condemned' an attributive participle,"
            " so it reads as a condemnation"
        ),
    ),
]

ACCUSE = [
    (
        "ACCUSE",
        "Varo Accuses Tosca of Border Violations",
        "Varo accused Tosca on Monday of repeated violations of its border.",
    ),
    (
        "ACCUSE",
        "Lendria condemns Marvosa missile test",
        "Lendria condemned Marvosa's latest missile test on Tuesday.",
    ),
    (
        "ACCUSE",
        "Kelsar Summons Ostrin Ambassador Over Spy Row",
        "Kelsar summoned Ostrin's ambassador on Wednesday over an espionage row.",
    ),
    (
        "ACCUSE",
        "Belvana blames Durnia for pipeline explosion",
        "Belvana blamed Durnia on Thursday for an explosion on a gas pipeline.",
    ),
    (
        "ACCUSE",
        "Varo Criticises Tosca Crackdown on Protesters",
        "Varo criticised Tosca on Friday for its crackdown on protesters.",
    ),
    (
        "ACCUSE",
        "UN opens investigation into Lendria prison deaths",
        "The UN opened an investigation on Saturday into deaths in Lendria's prisons.",
    ),
    (
        "ACCUSE",
        "Marvosa Charges Opposition Leader With Treason",
        "Prosecutors in Marvosa charged the opposition leader with treason on Monday.",
    ),
    (
        "ACCUSE",
        "Rights group slams Kelsar over migrant abuses",
        "A rights group slammed Kelsar on Tuesday over abuses against migrants.",
    ),
    gap(
        "ACCUSE",
        "Ostrin Denounces Kelsar Air Strikes",
        "Ostrin denounced Kelsar's air strikes on its territory on Wednesday.",
        (
            "in Title Case the parser makes 'Air Strikes' the head of the headline, so "
            "the strikes outrank the denunciation"
        ),
    ),
    (
        "ACCUSE",
        "Belvana sues Durnia at world court",
        "Belvana sued Durnia at the International Court of Justice on Thursday.",
    ),
    (
        "ACCUSE",
        "Varo Lodges Protest With Tosca Over Airspace Incursion",
        ("Varo lodged a formal protest with Tosca on Friday over an incursion into its airspace."),
    ),
    (
        "ACCUSE",
        "Lendria probes alleged vote rigging",
        ("Lendria's election commission began a probe on Saturday into alleged vote rigging."),
    ),
    (
        "ACCUSE",
        "Varo Slams Tosca Over Human Rights",
        "Varo slammed Tosca over its human rights record on Monday.",
    ),
    (
        "ACCUSE",
        "Kelsar files complaint against Ostrin at WTO",
        "Kelsar filed a complaint against Ostrin at the WTO on Tuesday.",
    ),
    (
        "ACCUSE",
        "Lendria Lashes Out at Marvosa Over Dam",
        "Lendria lashed out at Marvosa over its dam project on Wednesday.",
    ),
    (
        "ACCUSE",
        "Kelsar launches inquiry into army abuses",
        "Kelsar launched an inquiry into abuses by its army on Thursday.",
    ),
    (
        "ACCUSE",
        "Belvana Indicts Former Ministers",
        "Belvana indicted three former ministers on Friday.",
    ),
    (
        "ACCUSE",
        "Rights group alleges torture in Durnia jails",
        "A rights group alleged torture in Durnia's jails on Saturday.",
    ),
    (
        "ACCUSE",
        "Lendria Points Finger at Marvosa Over Blast",
        "Lendria pointed the finger at Marvosa on Monday over the blast.",
    ),
    (
        "ACCUSE",
        "Belvana raps Durnia over border wall",
        "Belvana rapped Durnia on Tuesday over its border wall.",
    ),
    gap(
        "ACCUSE",
        "Varo Takes Tosca to International Court",
        "Varo took Tosca to the International Court of Justice on Wednesday.",
        "'takes X to court' has the party between its words",
    ),
    gap(
        "ACCUSE",
        "Kelsar expresses outrage over Ostrin shelling",
        ("Kelsar expressed outrage on Thursday over the shelling of its border villages."),
        (
            "the shelling the outrage is over outranks the outrage; only a verb's direct "
            "object yields"
        ),
    ),
    (
        "ACCUSE",
        "Lendria Opens Probe Into Marvosa Spy Ring",
        "Lendria opened a probe into a Marvosa spy ring on Friday.",
    ),
    (
        "ACCUSE",
        "Varo Blames Tosca for Cyberattack",
        "Varo blamed Tosca on Monday for a cyberattack on its banks.",
    ),
    (
        "ACCUSE",
        "Tosca accuses Lendria of spying",
        "Tosca accused Lendria of spying on Tuesday.",
    ),
    (
        "ACCUSE",
        "Marvosa Probes Kelsar Firm",
        "Marvosa opened a probe into a Kelsar firm on Wednesday.",
    ),
    (
        "ACCUSE",
        "Ostrin complains to UN about Belvana flights",
        "Ostrin complained to the UN on Thursday about Belvana military flights.",
    ),
    (
        "ACCUSE",
        "Kelsar Condemns Ostrin Crackdown on Journalists",
        "Kelsar condemned Ostrin's crackdown on journalists on Wednesday.",
    ),
]

REJECT = [
    (
        "REJECT",
        "Varo Rejects Tosca Peace Proposal",
        "Varo rejected a peace proposal from Tosca on Monday.",
    ),
    (
        "REJECT",
        "Lendria refuses to extradite Marvosa dissident",
        "Lendria refused on Tuesday to extradite a Marvosa dissident.",
    ),
    (
        "REJECT",
        "Kelsar Vetoes UN Resolution on Ostrin",
        "Kelsar vetoed a UN Security Council resolution on Ostrin on Wednesday.",
    ),
    (
        "REJECT",
        "Belvana denies involvement in Durnia coup attempt",
        "Belvana denied on Thursday any involvement in the coup attempt in Durnia.",
    ),
    (
        "REJECT",
        "Varo Rules Out Talks With Rebels",
        "Varo's president ruled out talks with the rebels on Friday.",
    ),
    (
        "REJECT",
        "Tosca turns down Lendria's offer of mediation",
        "Tosca turned down an offer of mediation from Lendria on Saturday.",
    ),
    (
        "REJECT",
        "Marvosa Dismisses Kelsar's Accusations",
        "Marvosa dismissed accusations by Kelsar of election meddling on Monday.",
    ),
    (
        "REJECT",
        "Ostrin snubs summit in Kelsar",
        "Ostrin snubbed a regional summit in Kelsar on Tuesday.",
    ),
    (
        "REJECT",
        "Belvana Cancels Talks With Durnia",
        "Belvana cancelled talks with Durnia on Wednesday.",
    ),
    (
        "REJECT",
        "Varo refuses to lift sanctions on Tosca",
        "Varo refused on Thursday to lift sanctions on Tosca.",
    ),
    (
        "REJECT",
        "Lendria Parliament Votes Down Peace Deal",
        "Lendria's parliament voted down the peace deal with Marvosa on Friday.",
    ),
    (
        "REJECT",
        "Kelsar president defies calls to resign",
        "Kelsar's president defied calls to resign on Saturday.",
    ),
    (
        "REJECT",
        "Varo Brushes Off Tosca Protest",
        "Varo brushed off a protest from Tosca on Monday.",
    ),
    (
        "REJECT",
        "Kelsar spurns Ostrin peace overture",
        "Kelsar spurned a peace overture from Ostrin on Tuesday.",
    ),
    (
        "REJECT",
        "Durnia Refutes Claims of Chemical Weapons Use",
        "Durnia refuted claims on Wednesday that it had used chemical weapons.",
    ),
    (
        "REJECT",
        "Varo blocks Tosca's bid to join bloc",
        "Varo blocked Tosca's bid to join the regional bloc on Thursday.",
    ),
    gap(
        "REJECT",
        "Kelsar Rebuffs Calls to Free Jailed Journalist",
        "Kelsar rebuffed calls on Friday to free a jailed journalist.",
        (
            "in Title Case 'Rebuffs' is not read as the verb, so the calls (REQUEST) "
            "carry the headline"
        ),
    ),
    (
        "REJECT",
        "Ostrin balks at Kelsar conditions",
        "Ostrin balked at Kelsar's conditions for talks on Saturday.",
    ),
    (
        "REJECT",
        "Varo Says No to Tosca Demands",
        "Varo said no to Tosca's demands on Monday.",
    ),
    (
        "REJECT",
        "Kelsar throws out Ostrin proposal",
        "Kelsar threw out Ostrin's proposal on Tuesday.",
    ),
    (
        "REJECT",
        "Durnia Ignores UN Call for Ceasefire",
        "Durnia ignored a UN call for a ceasefire on Wednesday.",
    ),
    (
        "REJECT",
        "Varo resists pressure to lift blockade",
        "Varo resisted pressure on Thursday to lift its blockade.",
    ),
    (
        "REJECT",
        "Lendria Refuses Entry to Marvosa Ship",
        "Lendria refused entry to a Marvosa ship on Friday.",
    ),
    (
        "REJECT",
        "Varo Denies Shelling Tosca Village",
        "Varo denied on Monday shelling a Tosca village.",
    ),
    (
        "REJECT",
        "Lendria refuses to recognize Marvosa election",
        "Lendria refused on Tuesday to recognize the Marvosa election result.",
    ),
    (
        "REJECT",
        "Marvosa Turns Away Kelsar Delegation",
        "Marvosa turned away a Kelsar delegation on Wednesday.",
    ),
    (
        "REJECT",
        "Kelsar declines invitation to summit",
        "Kelsar declined an invitation to the summit on Thursday.",
    ),
    (
        "REJECT",
        "Belvana Dismisses Durnia Ultimatum",
        "Belvana dismissed an ultimatum from Durnia on Thursday.",
    ),
]

THREATEN = [
    (
        "THREATEN",
        "Varo Threatens Tosca With Sanctions",
        "Varo threatened Tosca with sanctions on Monday over its nuclear programme.",
    ),
    (
        "THREATEN",
        "Lendria warns Marvosa of military response",
        "Lendria warned Marvosa on Tuesday of a military response to any incursion.",
    ),
    (
        "THREATEN",
        "Kelsar Threatens to Expel Ostrin Diplomats",
        "Kelsar threatened on Wednesday to expel Ostrin diplomats.",
    ),
    (
        "THREATEN",
        "Belvana issues ultimatum to rebels",
        "Belvana issued an ultimatum to rebels on Thursday to disarm within 48 hours.",
    ),
    (
        "THREATEN",
        "Varo Vows Retaliation for Border Attack",
        "Varo vowed retaliation on Friday for a deadly attack on its border post.",
    ),
    (
        "THREATEN",
        "Tosca threatens to cut off gas to Lendria",
        "Tosca threatened on Saturday to cut off gas supplies to Lendria.",
    ),
    (
        "THREATEN",
        "Marvosa Threatens to Quit Peace Talks",
        "Marvosa threatened on Monday to quit the peace talks with Kelsar.",
    ),
    (
        "THREATEN",
        "Ostrin warns it will shoot down drones",
        ("Ostrin warned on Tuesday it would shoot down any drones entering its airspace."),
    ),
    (
        "THREATEN",
        "Belvana Threatens to Ban Opposition Party",
        ("Belvana's government threatened on Wednesday to ban the main opposition party."),
    ),
    (
        "THREATEN",
        "Durnia threatens to arrest protest leaders",
        "Durnia's police chief threatened on Thursday to arrest protest leaders.",
    ),
    (
        "THREATEN",
        "Varo Warns of Consequences Over Tosca Missile Deployment",
        ("Varo warned Tosca on Friday of serious consequences over its missile deployment."),
    ),
    (
        "THREATEN",
        "Lendria threatens to seize disputed islands",
        "Lendria threatened on Saturday to seize the disputed islands by force.",
    ),
    (
        "THREATEN",
        "Varo Warns Tosca Against Crossing Red Line",
        "Varo warned Tosca on Monday against crossing its red line.",
    ),
    (
        "THREATEN",
        "Lendria threatens retaliation",
        "Lendria threatened retaliation on Tuesday after the border attack.",
    ),
    (
        "THREATEN",
        "Belvana Vows to Crush Rebels",
        "Belvana's president vowed on Wednesday to crush the rebels.",
    ),
    (
        "THREATEN",
        "Durnia threatens to close border",
        "Durnia threatened on Thursday to close its border with Belvana.",
    ),
    (
        "THREATEN",
        "Varo Threatens to Walk Out of Talks",
        "Varo threatened on Friday to walk out of the talks.",
    ),
    gap(
        "THREATEN",
        "Kelsar gives rebels 24 hours to surrender",
        "Kelsar gave rebels 24 hours to surrender on Saturday or face an assault.",
        "an ultimatum worded as a deadline ('gives N hours to') has no trigger word",
    ),
    (
        "THREATEN",
        "Lendria Warns of War if Marvosa Builds Dam",
        "Lendria warned on Monday of war if Marvosa builds the dam.",
    ),
    (
        "THREATEN",
        "Kelsar threatens Ostrin with severe response",
        "Kelsar threatened Ostrin with a severe response on Tuesday.",
    ),
    (
        "THREATEN",
        "Durnia Raises Threat of Oil Embargo",
        "Durnia raised the threat of an oil embargo on Wednesday.",
    ),
    gap(
        "THREATEN",
        "Belvana tells rebels to surrender or face attack",
        "Belvana told rebels on Thursday to surrender or face an attack.",
        "the surrender demanded outranks the ultimatum's 'or face attack'",
    ),
    (
        "THREATEN",
        "Varo Says All Options on Table Over Tosca",
        (
            "Varo said on Friday all options were on the table, including military force,"
            " over Tosca."
        ),
    ),
    (
        "THREATEN",
        "Varo Threatens to Strike Tosca Bases",
        "Varo threatened on Monday to strike Tosca's military bases.",
    ),
    (
        "THREATEN",
        "Tosca warns Lendria against interference",
        "Tosca warned Lendria on Tuesday against interference in its affairs.",
    ),
    (
        "THREATEN",
        "Lendria Says It Could Cut Gas Supplies to Marvosa",
        "Lendria said on Wednesday it could cut gas supplies to Marvosa.",
    ),
    (
        "THREATEN",
        "Marvosa threatens Kelsar with trade war",
        "Marvosa threatened Kelsar with a trade war on Thursday.",
    ),
    (
        "THREATEN",
        "Varo Warns It Will Retaliate Against Tosca",
        "Varo warned on Friday it would retaliate against Tosca for the attack.",
    ),
]

PROTEST = [
    (
        "PROTEST",
        "Thousands March in Varo Capital Against Fuel Prices",
        ("Thousands of people marched through Varo's capital on Monday against fuel prices."),
    ),
    (
        "PROTEST",
        "Tosca teachers go on strike over pay",
        "Teachers in Tosca went on strike on Tuesday over pay.",
    ),
    (
        "PROTEST",
        "Riots Erupt in Lendria After Election",
        "Riots erupted in Lendria's capital on Wednesday after the disputed election.",
    ),
    (
        "PROTEST",
        "Jailed Marvosa activist begins hunger strike",
        "A jailed Marvosa activist began a hunger strike on Thursday.",
    ),
    (
        "PROTEST",
        "Farmers Block Highways in Kelsar",
        (
            "Farmers blocked highways across Kelsar on Friday with tractors to protest "
            "cheap imports."
        ),
    ),
    (
        "PROTEST",
        "Ostrin students stage sit-in at parliament",
        "Students staged a sit-in at Ostrin's parliament on Saturday.",
    ),
    (
        "PROTEST",
        "Belvana Opposition Boycotts Parliament",
        ("Belvana's opposition boycotted parliament on Monday in protest at the arrests."),
    ),
    (
        "PROTEST",
        "Durnia dockworkers walk out",
        "Dockworkers in Durnia walked out on Tuesday, halting cargo traffic.",
    ),
    (
        "PROTEST",
        "Protesters Rally Outside Varo Embassy in Tosca",
        "Hundreds of protesters rallied outside Varo's embassy in Tosca on Wednesday.",
    ),
    (
        "PROTEST",
        "Tosca truckers blockade border crossing",
        (
            "Truck drivers blockaded the main border crossing into Tosca on Thursday in "
            "protest at new tolls."
        ),
    ),
    (
        "PROTEST",
        "Crowds Take to Streets in Lendria Over Corruption",
        "Crowds took to the streets of Lendria's cities on Friday over corruption.",
    ),
    (
        "PROTEST",
        "Marvosa doctors strike for third day",
        "Doctors in Marvosa struck for a third day on Saturday.",
    ),
    (
        "PROTEST",
        "Tosca Nurses Down Tools",
        "Nurses in Tosca downed tools on Monday over pay.",
    ),
    (
        "PROTEST",
        "Marvosa miners stage walkout",
        "Miners in Marvosa staged a walkout on Tuesday.",
    ),
    (
        "PROTEST",
        "Kelsar Opposition Supporters Occupy Square",
        ("Opposition supporters occupied the main square of Kelsar's capital on Wednesday."),
    ),
    (
        "PROTEST",
        "Ostrin fishermen blockade port",
        "Fishermen blockaded Ostrin's main port on Thursday in protest at quotas.",
    ),
    (
        "PROTEST",
        "Belvana Workers Launch General Strike",
        "Workers in Belvana launched a general strike on Friday.",
    ),
    (
        "PROTEST",
        "Lendria traders shutter shops in protest over taxes",
        ("Traders in Lendria shuttered their shops on Saturday in protest over new taxes."),
    ),
    (
        "PROTEST",
        "Tens of Thousands Rally in Varo",
        "Tens of thousands rallied in Varo's capital on Monday.",
    ),
    (
        "PROTEST",
        "Tosca lawyers boycott courts",
        "Lawyers in Tosca boycotted the courts on Tuesday.",
    ),
    (
        "PROTEST",
        "Lendria Students March on Parliament",
        "Students in Lendria marched on parliament on Wednesday.",
    ),
    (
        "PROTEST",
        "Kelsar pensioners demonstrate over cuts",
        "Pensioners in Kelsar demonstrated on Thursday over pension cuts.",
    ),
    (
        "PROTEST",
        "Belvana Workers Strike Over Unpaid Wages",
        "Workers in Belvana went on strike on Friday over unpaid wages.",
    ),
    (
        "PROTEST",
        "Varo Farmers Protest Import Deal",
        "Farmers in Varo protested against an import deal on Monday.",
    ),
    (
        "PROTEST",
        "Tosca opposition holds mass rally",
        "Tosca's opposition held a mass rally on Tuesday.",
    ),
    (
        "PROTEST",
        "Lendria Unions Call General Strike",
        "Unions in Lendria called a general strike on Wednesday.",
    ),
    (
        "PROTEST",
        "Kelsar students walk out of classes",
        "Students in Kelsar walked out of classes on Thursday.",
    ),
    (
        "PROTEST",
        "Ostrin Protesters Set Up Camp Outside Parliament",
        "Protesters set up camp outside Ostrin's parliament on Friday.",
    ),
    (
        "PROTEST",
        "Tosca Dockers Strike Over Privatisation",
        "Dockers in Tosca struck on Monday over privatisation of the port.",
    ),
]

SANCTION = [
    (
        "SANCTION",
        "Varo Imposes Sanctions on Tosca Officials",
        "Varo imposed sanctions on ten Tosca officials on Monday.",
    ),
    (
        "SANCTION",
        "Lendria expels Marvosa diplomats",
        "Lendria expelled four Marvosa diplomats on Tuesday.",
    ),
    (
        "SANCTION",
        "Kelsar Severs Ties With Ostrin",
        "Kelsar severed diplomatic ties with Ostrin on Wednesday.",
    ),
    (
        "SANCTION",
        "Belvana suspends aid to Durnia",
        "Belvana suspended aid to Durnia on Thursday after the coup.",
    ),
    (
        "SANCTION",
        "Varo Recalls Ambassador From Tosca",
        "Varo recalled its ambassador from Tosca on Friday.",
    ),
    (
        "SANCTION",
        "Tosca quits regional defence pact",
        "Tosca quit the regional defence pact on Saturday.",
    ),
    (
        "SANCTION",
        "Lendria Court Convicts Former President of Corruption",
        "A Lendria court convicted the former president of corruption on Monday.",
    ),
    (
        "SANCTION",
        "Marvosa bans imports from Kelsar",
        "Marvosa banned imports from Kelsar on Tuesday in a trade dispute.",
    ),
    (
        "SANCTION",
        "Ostrin Freezes Assets of Kelsar Oligarchs",
        "Ostrin froze the assets of five Kelsar oligarchs on Wednesday.",
    ),
    (
        "SANCTION",
        "Belvana suspended from regional bloc",
        "The regional bloc suspended Belvana's membership on Thursday after the coup.",
    ),
    (
        "SANCTION",
        "Varo Halts Arms Sales to Tosca",
        "Varo halted arms sales to Tosca on Friday.",
    ),
    (
        "SANCTION",
        "Lendria downgrades relations with Marvosa",
        "Lendria downgraded diplomatic relations with Marvosa on Saturday.",
    ),
    (
        "SANCTION",
        "Varo Slaps Tariffs on Tosca Steel",
        "Varo slapped punitive tariffs on Tosca steel on Monday.",
    ),
    (
        "SANCTION",
        "Lendria cuts ties with Marvosa",
        "Lendria cut ties with Marvosa on Tuesday.",
    ),
    (
        "SANCTION",
        "Kelsar Kicks Out Ostrin Envoy",
        "Kelsar kicked out Ostrin's envoy on Wednesday.",
    ),
    (
        "SANCTION",
        "Belvana pulls out of nuclear deal",
        "Belvana pulled out of the nuclear deal on Thursday.",
    ),
    (
        "SANCTION",
        "Varo Suspends Flights to Tosca",
        "Varo suspended flights to Tosca on Friday.",
    ),
    (
        "SANCTION",
        "Lendria court sentences ex-minister to 10 years",
        ("A Lendria court sentenced a former minister to 10 years in prison on Saturday."),
    ),
    (
        "SANCTION",
        "Varo Blacklists Tosca Banks",
        "Varo blacklisted three Tosca banks on Monday.",
    ),
    (
        "SANCTION",
        "Lendria shuts embassy in Marvosa",
        "Lendria shut its embassy in Marvosa on Tuesday.",
    ),
    (
        "SANCTION",
        "Belvana Cuts Diplomatic Staff in Durnia",
        "Belvana cut its diplomatic staff in Durnia on Wednesday.",
    ),
    (
        "SANCTION",
        "Lendria court fines Marvosa firm",
        "A Lendria court fined a Marvosa firm on Thursday for breaking sanctions.",
    ),
    (
        "SANCTION",
        "Kelsar Ends Visa-Free Travel for Ostrin Citizens",
        "Kelsar ended visa-free travel for Ostrin citizens on Friday.",
    ),
    (
        "SANCTION",
        "Varo Suspends Tosca From Bloc",
        "Varo suspended Tosca from the regional bloc on Monday.",
    ),
    (
        "SANCTION",
        "Lendria bans Marvosa airline",
        "Lendria banned a Marvosa airline from its airspace on Tuesday.",
    ),
    (
        "SANCTION",
        "Marvosa Freezes Talks With Kelsar",
        "Marvosa froze talks with Kelsar on Wednesday.",
    ),
    (
        "SANCTION",
        "Kelsar withdraws from arms treaty",
        "Kelsar withdrew from the arms treaty on Thursday.",
    ),
    (
        "SANCTION",
        "Ostrin Imposes Embargo on Belvana",
        "Ostrin imposed an embargo on Belvana on Friday.",
    ),
    (
        "SANCTION",
        "Varo Halts Oil Exports to Tosca",
        "Varo halted oil exports to Tosca on Monday.",
    ),
    (
        "SANCTION",
        "Lendria suspends trade with Marvosa",
        "Lendria suspended trade with Marvosa on Tuesday.",
    ),
    (
        "SANCTION",
        "Kelsar Cancels Ostrin Gas Contract",
        "Kelsar cancelled a gas contract with Ostrin on Wednesday.",
    ),
    (
        "SANCTION",
        "Belvana breaks off relations with Durnia",
        "Belvana broke off relations with Durnia on Thursday.",
    ),
    (
        "SANCTION",
        "Varo Leaves Regional Bloc",
        "Varo left the regional bloc on Friday.",
    ),
    (
        "SANCTION",
        "Court sentences Tosca rebel leader to life",
        "A court sentenced a Tosca rebel leader to life in prison on Saturday.",
    ),
    (
        "SANCTION",
        "Lendria Expels Marvosa Military Attache",
        "Lendria expelled Marvosa's military attache on Tuesday.",
    ),
]

MOBILIZE = [
    (
        "MOBILIZE",
        "Varo Puts Army on High Alert",
        "Varo put its army on high alert on Monday amid tensions with Tosca.",
    ),
    (
        "MOBILIZE",
        "Tosca calls up reservists",
        "Tosca called up 20,000 reservists on Tuesday.",
    ),
    (
        "MOBILIZE",
        "Lendria Moves Tanks to Marvosa Border",
        "Lendria moved tanks and artillery to its border with Marvosa on Wednesday.",
    ),
    (
        "MOBILIZE",
        "Kelsar holds military drills near Ostrin",
        "Kelsar held large-scale military drills near the Ostrin border on Thursday.",
    ),
    (
        "MOBILIZE",
        "Belvana Deploys Troops to Restive North",
        "Belvana deployed troops to its restive northern provinces on Friday.",
    ),
    (
        "MOBILIZE",
        "Durnia test-fires ballistic missile",
        "Durnia test-fired a ballistic missile into the sea on Saturday.",
    ),
    (
        "MOBILIZE",
        "Varo Sends Warships to Disputed Waters",
        "Varo sent two warships to disputed waters on Monday.",
    ),
    (
        "MOBILIZE",
        "Tosca deploys riot police ahead of rally",
        ("Tosca deployed thousands of riot police on Tuesday ahead of an opposition rally."),
    ),
    (
        "MOBILIZE",
        "Lendria Masses Troops on Border",
        "Lendria massed troops on its border with Marvosa on Wednesday.",
    ),
    (
        "MOBILIZE",
        "Kelsar arms village militias",
        "Kelsar's army armed village militias in the east on Thursday.",
    ),
    (
        "MOBILIZE",
        "Ostrin Reinforces Border Posts",
        "Ostrin reinforced its border posts with extra soldiers on Friday.",
    ),
    (
        "MOBILIZE",
        "Belvana stations fighter jets near Durnia",
        "Belvana stationed fighter jets at an air base near Durnia on Saturday.",
    ),
    (
        "MOBILIZE",
        "Varo Beefs Up Border Security",
        "Varo beefed up security along its border on Monday.",
    ),
    (
        "MOBILIZE",
        "Tosca rushes troops to flashpoint",
        "Tosca rushed troops to the flashpoint town on Tuesday.",
    ),
    (
        "MOBILIZE",
        "Lendria Puts Nuclear Forces on Alert",
        "Lendria put its nuclear forces on alert on Wednesday.",
    ),
    (
        "MOBILIZE",
        "Marvosa conducts large-scale war games",
        "Marvosa conducted large-scale war games on Thursday.",
    ),
    (
        "MOBILIZE",
        "Kelsar Scrambles Jets After Ostrin Incursion",
        "Kelsar scrambled fighter jets on Friday after an Ostrin incursion.",
    ),
    (
        "MOBILIZE",
        "Belvana orders troops to border",
        "Belvana ordered troops to its border with Durnia on Saturday.",
    ),
    (
        "MOBILIZE",
        "Varo Deploys Navy to Gulf",
        "Varo deployed its navy to the gulf on Monday.",
    ),
    (
        "MOBILIZE",
        "Lendria readies troops for offensive",
        "Lendria readied troops for an offensive on Tuesday.",
    ),
    (
        "MOBILIZE",
        "Marvosa Activates Reserves",
        "Marvosa activated its reserves on Wednesday.",
    ),
    (
        "MOBILIZE",
        "Kelsar moves missiles closer to border",
        "Kelsar moved missiles closer to its border on Thursday.",
    ),
    (
        "MOBILIZE",
        "Ostrin Places Forces on Combat Readiness",
        "Ostrin placed its forces on combat readiness on Friday.",
    ),
    (
        "MOBILIZE",
        "Varo Moves Armour to Tosca Border",
        "Varo moved armour to its border with Tosca on Monday.",
    ),
    (
        "MOBILIZE",
        "Tosca puts air defences on alert",
        "Tosca put its air defences on alert on Tuesday.",
    ),
    (
        "MOBILIZE",
        "Lendria Holds Snap Military Exercise",
        "Lendria held a snap military exercise on Wednesday.",
    ),
    (
        "MOBILIZE",
        "Marvosa sends reinforcements to front",
        "Marvosa sent reinforcements to the front on Thursday.",
    ),
    (
        "MOBILIZE",
        "Ostrin Recalls Reservists",
        "Ostrin recalled reservists to their units on Friday.",
    ),
    (
        "MOBILIZE",
        "Tosca Mobilises Army",
        "Tosca mobilised its army on Monday.",
    ),
    (
        "MOBILIZE",
        "Lendria holds naval drills",
        "Lendria held naval drills on Tuesday.",
    ),
    (
        "MOBILIZE",
        "Marvosa Deploys Air Defence Systems",
        "Marvosa deployed air defence systems along its border on Wednesday.",
    ),
    (
        "MOBILIZE",
        "Kelsar raises alert level",
        "Kelsar raised its military alert level on Thursday.",
    ),
    (
        "MOBILIZE",
        "Ostrin Calls Up Reserves",
        "Ostrin called up its reserves on Friday.",
    ),
    (
        "MOBILIZE",
        "Varo Bolsters Troops Along Tosca Frontier",
        "Varo bolstered its troops along the Tosca frontier on Monday.",
    ),
    gap(
        "MOBILIZE",
        "Tosca stages drills near Lendria border",
        "Tosca staged military drills near the Lendria border on Tuesday.",
        "the tagger reads 'stages' as a noun",
        only="head",
    ),
    (
        "MOBILIZE",
        "Lendria Calls Up 10,000 Reservists",
        "Lendria called up 10,000 reservists on Wednesday.",
    ),
    gap(
        "MOBILIZE",
        "Marvosa readies warships",
        "Marvosa readied warships on Thursday.",
        "the tagger reads 'readies' as a noun",
        only="head",
    ),
    (
        "MOBILIZE",
        "Kelsar Places Army on War Footing",
        "Kelsar placed its army on a war footing on Friday.",
    ),
    (
        "MOBILIZE",
        "Marvosa Scrambles Fighter Jets Over Disputed Islands",
        "Marvosa scrambled fighter jets over the disputed islands on Wednesday.",
    ),
]

COERCE = [
    (
        "COERCE",
        "Varo Police Arrest Opposition Leader",
        "Police in Varo arrested the opposition leader on Monday.",
    ),
    (
        "COERCE",
        "Tosca imposes curfew in capital",
        "Tosca imposed a curfew in its capital on Tuesday.",
    ),
    (
        "COERCE",
        "Lendria Bans Main Opposition Party",
        "Lendria banned the main opposition party on Wednesday.",
    ),
    (
        "COERCE",
        "Marvosa blocks social media ahead of vote",
        "Marvosa blocked social media on Thursday ahead of the vote.",
    ),
    (
        "COERCE",
        "Kelsar Declares Martial Law",
        "Kelsar's president declared martial law on Friday.",
    ),
    (
        "COERCE",
        "Ostrin deports foreign journalists",
        "Ostrin deported three foreign journalists on Saturday.",
    ),
    (
        "COERCE",
        "Police Raid Offices of Belvana Newspaper",
        "Police raided the offices of a Belvana newspaper on Monday.",
    ),
    (
        "COERCE",
        "Durnia shuts down internet in restive region",
        "Durnia shut down the internet in its restive region on Tuesday.",
    ),
    (
        "COERCE",
        "Hackers Target Varo Government Websites",
        "Hackers targeted Varo government websites on Wednesday.",
    ),
    (
        "COERCE",
        "Tosca detains dozens of protesters",
        "Tosca's police detained dozens of protesters on Thursday.",
    ),
    (
        "COERCE",
        "Lendria Jails Prominent Blogger",
        "A Lendria court jailed a prominent blogger on Friday.",
    ),
    (
        "COERCE",
        "Marvosa cordons off opposition stronghold",
        "Marvosa's security forces cordoned off an opposition stronghold on Saturday.",
    ),
    (
        "COERCE",
        "Varo Rounds Up Dissidents",
        "Varo's security forces rounded up dissidents on Monday.",
    ),
    (
        "COERCE",
        "Tosca shuts down independent broadcaster",
        "Tosca shut down an independent broadcaster on Tuesday.",
    ),
    (
        "COERCE",
        "Lendria Places Opposition Leader Under House Arrest",
        "Lendria placed the opposition leader under house arrest on Wednesday.",
    ),
    (
        "COERCE",
        "Kelsar outlaws rebel group",
        "Kelsar outlawed the rebel group on Thursday.",
    ),
    (
        "COERCE",
        "Durnia Cuts Power to Rebel-Held Areas",
        "Durnia cut power to rebel-held areas on Friday.",
    ),
    gap(
        "COERCE",
        "Tosca police search homes of activists",
        "Tosca police searched the homes of activists on Saturday.",
        "the tagger reads 'search' after 'police' as a noun",
        only="head",
    ),
    (
        "COERCE",
        "Tosca Jails Journalists",
        "Tosca jailed four journalists on Monday.",
    ),
    (
        "COERCE",
        "Lendria bans street protests",
        "Lendria banned street protests on Tuesday.",
    ),
    (
        "COERCE",
        "Ostrin Arrests Hundreds in Crackdown",
        "Ostrin arrested hundreds of people on Wednesday in a crackdown.",
    ),
    (
        "COERCE",
        "Belvana seizes assets of exiled tycoon",
        "Belvana seized the assets of an exiled tycoon on Thursday.",
    ),
    (
        "COERCE",
        "Durnia Confiscates Opposition Newspapers",
        "Durnia confiscated copies of opposition newspapers on Friday.",
    ),
    (
        "COERCE",
        "Varo Arrests Tosca Spy",
        "Varo arrested a suspected Tosca spy on Monday.",
    ),
    (
        "COERCE",
        "Tosca blocks websites",
        "Tosca blocked dozens of news websites on Tuesday.",
    ),
    (
        "COERCE",
        "Marvosa Closes Newspapers",
        "Marvosa closed three opposition newspapers on Wednesday.",
    ),
    (
        "COERCE",
        "Kelsar imposes curfew on border town",
        "Kelsar imposed a curfew on a border town on Thursday.",
    ),
    (
        "COERCE",
        "Ostrin Deports Belvana Nationals",
        "Ostrin deported hundreds of Belvana nationals on Friday.",
    ),
    (
        "COERCE",
        "Tosca Suspends Opposition Newspaper",
        "Tosca suspended an opposition newspaper on Monday.",
    ),
    (
        "COERCE",
        "Lendria jails activists",
        "Lendria jailed six activists on Tuesday.",
    ),
    (
        "COERCE",
        "Marvosa Freezes Opposition Bank Accounts",
        "Marvosa froze the bank accounts of opposition leaders on Wednesday.",
    ),
    (
        "COERCE",
        "Kelsar strips dissidents of citizenship",
        "Kelsar stripped 20 dissidents of their citizenship on Thursday.",
    ),
    gap(
        "COERCE",
        "Ostrin Puts Opposition Leader on Trial",
        "Ostrin put the opposition leader on trial on Friday.",
        "'puts X on trial' has the defendant between its words",
    ),
    (
        "COERCE",
        "Kelsar Police Disperse Protesters",
        "Kelsar police dispersed protesters on Thursday.",
    ),
]

ASSAULT = [
    (
        "ASSAULT",
        "Gunmen Kill 12 in Varo Village",
        "Gunmen killed 12 people in a village in northern Varo on Monday.",
    ),
    (
        "ASSAULT",
        "Tosca jets bomb rebel positions",
        "Tosca jets bombed rebel positions in the east on Tuesday.",
    ),
    (
        "ASSAULT",
        "Suicide Bomber Strikes Lendria Market",
        "A suicide bomber struck a busy market in Lendria on Wednesday.",
    ),
    (
        "ASSAULT",
        "Marvosa shells border towns",
        "Marvosa's artillery shelled towns along the border on Thursday.",
    ),
    (
        "ASSAULT",
        "Rebels Ambush Kelsar Army Convoy",
        "Rebels ambushed an army convoy in Kelsar on Friday.",
    ),
    (
        "ASSAULT",
        "Militants abduct schoolgirls in Ostrin",
        "Militants abducted dozens of schoolgirls in Ostrin on Saturday.",
    ),
    (
        "ASSAULT",
        "Belvana Troops Clash With Durnia Forces",
        "Belvana troops clashed with Durnia forces on Monday.",
    ),
    (
        "ASSAULT",
        "Varo drone strike kills militants",
        "A Varo drone strike killed four militants on Tuesday.",
    ),
    (
        "ASSAULT",
        "Tosca Rebels Seize Border Town",
        "Rebels in Tosca seized a border town on Wednesday.",
    ),
    (
        "ASSAULT",
        "Lendria forces storm rebel stronghold",
        "Lendria's forces stormed a rebel stronghold on Thursday.",
    ),
    gap(
        "ASSAULT",
        "Mob Lynches Suspected Thief in Marvosa",
        "A mob lynched a suspected thief in Marvosa on Friday.",
        ("violence by a crowd is coded a riot (PROTEST); the codebook's lynching is ASSAULT beat"),
    ),
    (
        "ASSAULT",
        "Kelsar missiles hit Ostrin power plant",
        "Kelsar missiles hit a power plant in Ostrin on Saturday.",
    ),
    (
        "ASSAULT",
        "Gunmen Open Fire on Varo Bus",
        "Gunmen opened fire on a bus in Varo on Monday.",
    ),
    (
        "ASSAULT",
        "Marvosa rebels overrun army base",
        "Rebels in Marvosa overran an army base on Tuesday.",
    ),
    (
        "ASSAULT",
        "Bomb Rips Through Belvana Market",
        "A bomb ripped through a market in Belvana on Wednesday.",
    ),
    (
        "ASSAULT",
        "Varo troops torch villages",
        "Varo troops torched villages on Thursday.",
    ),
    (
        "ASSAULT",
        "Rockets Rain Down on Tosca Capital",
        "Rockets rained down on Tosca's capital on Friday.",
    ),
    (
        "ASSAULT",
        "Kelsar forces fire on demonstrators",
        "Kelsar forces fired on demonstrators on Saturday.",
    ),
    (
        "ASSAULT",
        "Varo Jets Strike Tosca Convoy",
        "Varo jets struck a Tosca convoy on Monday.",
    ),
    gap(
        "ASSAULT",
        "Gunmen storm hotel in Lendria",
        "Gunmen stormed a hotel in Lendria on Tuesday.",
        "the tagger reads 'storm' after 'gunmen' as a noun",
        only="head",
    ),
    (
        "ASSAULT",
        "Kelsar Drone Targets Militant Leader",
        "A Kelsar drone targeted a militant leader on Wednesday.",
    ),
    (
        "ASSAULT",
        "Militants attack Ostrin police post",
        "Militants attacked a police post in Ostrin on Thursday.",
    ),
    (
        "ASSAULT",
        "Grenade Attack Wounds Five in Varo",
        "A grenade attack wounded five people in Varo on Friday.",
    ),
    (
        "ASSAULT",
        "Tosca Rebels Kill Soldiers",
        "Rebels in Tosca killed six soldiers on Monday.",
    ),
    gap(
        "ASSAULT",
        "Lendria army launches offensive",
        "Lendria's army launched an offensive on Tuesday.",
        "the tagger reads 'launches' after 'army' as a noun",
        only="head",
    ),
    (
        "ASSAULT",
        "Marvosa Militants Bomb Pipeline",
        "Militants in Marvosa bombed a pipeline on Wednesday.",
    ),
    (
        "ASSAULT",
        "Kelsar troops raid village",
        "Kelsar troops raided a village on Thursday.",
    ),
    (
        "ASSAULT",
        "Ostrin Police Kill Protesters",
        "Ostrin police killed four protesters on Friday.",
    ),
    (
        "ASSAULT",
        "Ostrin Artillery Pounds Belvana Border Villages",
        "Ostrin artillery pounded Belvana border villages on Friday.",
    ),
]

ROWS = [
    *AGREE,
    *CONSULT,
    *SUPPORT,
    *CONCEDE,
    *COOPERATE,
    *AID,
    *RETREAT,
    *REQUEST,
    *ACCUSE,
    *REJECT,
    *THREATEN,
    *PROTEST,
    *SANCTION,
    *MOBILIZE,
    *COERCE,
    *ASSAULT,
]


NEUTRAL_LEAD = "Officials gave no further details."


@cache
def _type(headline: str, lead: str) -> str | None:
    return main_type(headline, lead)


def _params(field: str) -> list:
    params = []
    for n, raw in enumerate(ROWS):
        row = Row(*raw)
        reason = getattr(row, field)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(row, id=f"{row.etype}-{n}", marks=marks))
    return params


@pytest.mark.parametrize("row", _params("lead_gap"))
def test_everyday_wording_is_typed_as_the_codebook_says(row: Row) -> None:
    assert _type(row.headline, row.lead) == row.etype


@pytest.mark.parametrize("row", _params("head_gap"))
def test_headline_alone_yields_its_type(row: Row) -> None:
    """Under a lead that names no event, the headline's own wording must carry the type."""
    assert _type(row.headline, NEUTRAL_LEAD) == row.etype


def test_every_plover_type_has_a_dozen_wordings() -> None:
    counts = Counter(Row(*raw).etype for raw in ROWS)
    assert len(counts) == 16
    assert min(counts.values()) >= 12


def test_a_suspect_handed_over_is_no_property_returned() -> None:
    """When the tagger leaves a headline's only reading to its plainest sense, a sense that
    never takes the object named ("handed over" property, not suspects) stays out."""
    assert _type("Lendria hands over war crimes suspect to tribunal", NEUTRAL_LEAD) != "RETREAT"
