"""The PLOVER codebook as a battery: invented news wording for every mode and coding rule.

Each row is a headline (``h``, read as a story's title) or a wire lead (``l``, the first
sentence under a neutral title), with the type and, where the codebook gives one, the mode
a coder following the PLOVER manual would assign to the story's main event. The wording is
made up for this test, varied in verbs, nouns and countries, so that typing is checked on
phrasing no development set holds. Rows the extractor cannot yet code carry the reason
(``type_gap``, ``mode_gap``) and are strict xfails: a fix shows up as a failure to unmark.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

import pytest

from event_text import events_of, story
from wirewatch.extract.main_event import main_event


class Row(NamedTuple):
    kind: str  # "h": a headline; "l": a wire lead under a neutral headline
    text: str
    etype: str
    mode: str | None = None
    type_gap: str | None = None  # why the type is not yet right
    mode_gap: str | None = None  # why the mode is not yet right


CASES = [
    # AGREE: willingness, promises to sign, invitations (not visits made).
    Row(
        "h",
        "Vietnam ready to work with Philippines on fishing disputes",
        "AGREE",
        None,
        type_gap=(
            "'work with' is too common a phrase to read as cooperation in running text, and the "
            "headline has no other trigger"
        ),
    ),
    Row(
        "l",
        (
            "Chile's foreign minister said on Tuesday that Santiago was willing to cooperate with"
            " Bolivia on water management along their border."
        ),
        "AGREE",
        None,
    ),
    Row("h", "Norway pledges to sign global plastics treaty", "AGREE", None),
    Row(
        "l",
        (
            "The president of Ecuador promised on Monday to ratify the regional trade accord "
            "before the end of the year."
        ),
        "AGREE",
        None,
    ),
    Row("h", "Seoul says it is open to talks with Pyongyang", "AGREE", None),
    Row(
        "l",
        (
            "Armenia's prime minister said he was prepared to meet the Azerbaijani president at "
            "any venue to discuss a settlement."
        ),
        "AGREE",
        None,
    ),
    Row("h", "Kenya invites Somali delegation for border talks", "AGREE", None),
    Row(
        "l",
        (
            "Indonesia's president invited the Malaysian prime minister to visit Jakarta next "
            "month, the foreign ministry said on Thursday."
        ),
        "AGREE",
        None,
    ),
    Row("h", "Egypt and Sudan agree to cooperate on Nile flood warnings", "AGREE", None),
    Row(
        "l",
        (
            "Ministers from Ghana and Ivory Coast agreed on Wednesday to pool police resources "
            "against cocoa smuggling."
        ),
        "AGREE",
        None,
    ),
    Row(
        "h",
        "Rebel leader says group ready to end war with government",
        "AGREE",
        None,
        type_gap=(
            "willingness to end a war (AGREE) against an end agreed or carried out (the synthetic"
            " stories code agreed ends as RETREAT): telling them apart needs more than the verb"
        ),
    ),
    Row(
        "l",
        (
            "The rebel commander said on Sunday his movement was ready to end the fighting and "
            "negotiate a lasting peace."
        ),
        "AGREE",
        None,
        type_gap=(
            "willingness to end a war (AGREE) against an end agreed or carried out (CONCEDE, "
            "RETREAT): telling them apart needs more than the verb"
        ),
    ),
    Row("h", "Brazil and Argentina to sign energy accord next week", "AGREE", None),
    Row("h", "Japan pledges more help for flood-hit Pakistan", "AGREE", None),
    Row(
        "l",
        (
            "Leaders of Mexico and Canada will meet in Ottawa next month to discuss migration, "
            "officials said on Friday."
        ),
        "AGREE",
        None,
    ),
    # CONSULT: visits, meetings hosted by a third party or held in an alliance, calls.
    Row("h", "German chancellor visits Kyiv", "CONSULT", "visit"),
    Row(
        "l",
        (
            "Turkey's foreign minister arrived in Baghdad on Monday for a two-day visit to "
            "discuss water sharing with Iraqi leaders."
        ),
        "CONSULT",
        "visit",
    ),
    Row("h", "Qatar hosts talks between Taliban and US envoys", "CONSULT", "third-party"),
    Row(
        "l",
        (
            "Norwegian mediators hosted a meeting between Colombian government negotiators and "
            "ELN rebels in Oslo on Thursday."
        ),
        "CONSULT",
        "third-party",
    ),
    Row("h", "NATO defence ministers meet in Brussels", "CONSULT", "multilateral"),
    Row(
        "l",
        (
            "Foreign ministers of the African Union met in Addis Ababa on Friday to discuss the "
            "crisis in eastern Congo."
        ),
        "CONSULT",
        "multilateral",
    ),
    Row("h", "Macron and Modi discuss trade in phone call", "CONSULT", "phone"),
    Row(
        "l",
        (
            "The Saudi crown prince spoke by telephone with the Iranian president on Tuesday, "
            "state media reported."
        ),
        "CONSULT",
        "phone",
    ),
    Row(
        "l",
        (
            "Chinese and Australian trade ministers held a video conference on Wednesday on "
            "barley tariffs."
        ),
        "CONSULT",
        "phone",
    ),
    # SUPPORT: praise, approval, ties restored or established, treaties signed.
    Row("h", "Australia praises Fiji for peaceful election", "SUPPORT", None),
    Row(
        "l",
        (
            "The UN secretary-general commended Gambia on Monday for its handling of the "
            "political transition."
        ),
        "SUPPORT",
        None,
    ),
    Row("h", "Spain backs Morocco's autonomy plan for Western Sahara", "SUPPORT", None),
    Row("h", "Saudi Arabia and Iran restore diplomatic relations", "SUPPORT", None),
    Row(
        "l",
        (
            "Israel and Morocco upgraded their diplomatic ties to full embassy level on Thursday,"
            " officials said."
        ),
        "SUPPORT",
        None,
    ),
    Row("h", "Senate endorses president's peace plan", "SUPPORT", None),
    Row(
        "l",
        (
            "The Arab League welcomed on Sunday Lebanon's decision to hold early parliamentary "
            "elections."
        ),
        "SUPPORT",
        None,
    ),
    Row("h", "Colombia and Panama sign border security pact", "SUPPORT", None),
    Row(
        "l",
        ("Kazakhstan's parliament ratified a water-sharing treaty with Uzbekistan on Wednesday."),
        "SUPPORT",
        None,
    ),
    Row("h", "Bhutan establishes diplomatic relations with Estonia", "SUPPORT", None),
    Row(
        "l",
        (
            "Oman and Fiji formally established diplomatic ties for the first time on Monday, a "
            "joint statement said."
        ),
        "SUPPORT",
        None,
    ),
    # CONCEDE: promised concessions, declared truces, pardons, regret, demands dropped.
    Row(
        "h",
        "Thai junta promises to hold elections next year",
        "CONCEDE",
        None,
        type_gap=(
            "the codebook does not say whether holding elections is a concession (CONCEDE) or a "
            "pledge (AGREE)"
        ),
    ),
    Row(
        "l",
        (
            "Sri Lanka's president pledged on Friday to return land held by the military to Tamil"
            " families."
        ),
        "CONCEDE",
        None,
    ),
    Row("h", "Cuba to ease restrictions on private businesses", "CONCEDE", None),
    Row(
        "l",
        (
            "Myanmar's military government said on Monday it would lift the ban on opposition "
            "newspapers from next month."
        ),
        "CONCEDE",
        None,
    ),
    Row("h", "Authorities to lift curfew in Kashmir next week", "CONCEDE", None),
    Row(
        "l",
        "The governor said the overnight curfew in the city would be lifted on Saturday.",
        "CONCEDE",
        None,
    ),
    Row("h", "Rebels declare unilateral ceasefire ahead of holiday", "CONCEDE", None),
    Row(
        "l",
        ("Ethiopia's government announced a humanitarian truce in the Tigray region on Thursday."),
        "CONCEDE",
        None,
    ),
    Row("h", "Russia says it will withdraw troops from Armenian border", "CONCEDE", None),
    Row(
        "l",
        (
            "The Pentagon announced on Tuesday that it would pull 2,000 troops out of Syria over "
            "the next three months."
        ),
        "CONCEDE",
        None,
    ),
    Row("h", "President pardons jailed opposition leader", "CONCEDE", None),
    Row(
        "l",
        (
            "Uzbekistan's president granted amnesty to more than 900 prisoners on Sunday to mark "
            "independence day."
        ),
        "CONCEDE",
        None,
    ),
    Row("h", "Court acquits journalist of espionage charges", "CONCEDE", None),
    Row("h", "Japan expresses remorse over wartime forced labour", "CONCEDE", None),
    Row(
        "l",
        (
            "The Belgian king expressed his deepest regrets to Congo on Wednesday for colonial-"
            "era abuses."
        ),
        "CONCEDE",
        None,
    ),
    Row("h", "Minister apologises for deaths in police custody", "CONCEDE", None),
    Row("h", "Opposition drops demand for president's resignation", "CONCEDE", None),
    # COOPERATE: trade, joint drills, extraditions, shared intelligence.
    Row("h", "Vietnam and South Korea expand trade cooperation", "COOPERATE", None),
    Row(
        "l",
        (
            "Turkey and Azerbaijan opened a new rail link on Tuesday to boost trade between the "
            "two countries."
        ),
        "COOPERATE",
        None,
    ),
    Row("h", "Indian and Japanese troops hold joint drills", "COOPERATE", None),
    Row(
        "l",
        (
            "Egyptian and Greek navies conducted joint maneuvers in the eastern Mediterranean on "
            "Sunday."
        ),
        "COOPERATE",
        None,
    ),
    Row("h", "Spain extradites drug lord to Colombia", "COOPERATE", None),
    Row(
        "l",
        "Brazil extradited a suspected arms trafficker to Paraguay on Friday.",
        "COOPERATE",
        None,
    ),
    Row("h", "Kenya and Uganda share intelligence on militant networks", "COOPERATE", None),
    Row(
        "l",
        (
            "French and Moroccan intelligence services exchanged information on suspected "
            "militants, the interior ministry said on Thursday."
        ),
        "COOPERATE",
        None,
    ),
    # AID: money, arms, relief, asylum, reparations, debt relief, hostages rescued.
    Row("h", "World Bank grants $300 million to Malawi", "AID", None),
    Row(
        "l",
        ("The European Union disbursed 200 million euros in budget support to Moldova on Tuesday."),
        "AID",
        None,
    ),
    Row("h", "Germany pays reparations to Namibia", "AID", None),
    Row(
        "h",
        "US sends more air defence systems to Ukraine",
        "AID",
        None,
    ),
    Row("l", "Turkey delivered armored vehicles to Somalia's army on Monday.", "AID", None),
    Row("h", "Red Cross delivers food to besieged town", "AID", None),
    Row("l", "Jordan airdropped medical supplies to hospitals in Gaza on Wednesday.", "AID", None),
    Row("h", "Ecuador grants asylum to fugitive activist", "AID", None),
    Row(
        "l",
        (
            "The Mexican embassy in Lima gave diplomatic asylum on Friday to a former Peruvian "
            "minister."
        ),
        "AID",
        None,
    ),
    Row(
        "h",
        "China cancels Zambia's interest-free loans",
        "AID",
        None,
        type_gap="'cancel loans' is both cutting credit (SANCTION) and forgiving debt (AID)",
    ),
    Row(
        "l", "Creditor nations wrote off half of Somalia's external debt on Thursday.", "AID", None
    ),
    Row("h", "Nigerian troops rescue kidnapped schoolgirls", "AID", None),
    Row(
        "l",
        (
            "Colombian special forces rescued four hostages held by a criminal gang in Cauca on "
            "Saturday."
        ),
        "AID",
        None,
    ),
    Row("h", "Army deploys troops to help flood victims", "AID", None),
    Row(
        "l",
        "Officers in Porto freed a dozen forced-labour victims from a farm on Tuesday.",
        "AID",
        None,
    ),
    # RETREAT: withdrawals, releases, returns, disarming, truces holding, access, resignations.
    Row("h", "Rebels pull out of northern town", "RETREAT", "withdraw"),
    Row(
        "l",
        (
            "Armenian forces withdrew from three villages on Sunday under the terms of the border"
            " deal."
        ),
        "RETREAT",
        "withdraw",
    ),
    Row("h", "France completes troop withdrawal from Niger", "RETREAT", "withdraw"),
    Row(
        "l",
        (
            "The last Russian peacekeepers left Nagorno-Karabakh on Friday, the defence ministry "
            "said."
        ),
        "RETREAT",
        "withdraw",
    ),
    Row("h", "Houthis release 100 prisoners", "RETREAT", "release"),
    Row(
        "l",
        (
            "Iran released a detained French tourist on Tuesday, handing him to embassy officials"
            " in Tehran."
        ),
        "RETREAT",
        "release",
    ),
    Row(
        "h",
        "Russia and Ukraine swap prisoners of war",
        "RETREAT",
        "release",
        type_gap="the tagger reads 'swap' as a noun ('Ukraine swap prisoners')",
    ),
    Row(
        "h",
        "France returns looted bronzes to Benin",
        "RETREAT",
        "return",
        type_gap="the tagger reads 'returns' as the subject noun and 'looted' as the finite verb",
    ),
    Row(
        "l",
        "Authorities in Zimbabwe handed back seized farms to 30 farmers on Monday.",
        "RETREAT",
        "return",
    ),
    Row("h", "FARC dissidents hand over weapons to UN", "RETREAT", "disarm"),
    Row(
        "l",
        (
            "Hundreds of militia fighters surrendered their weapons at a demobilization camp in "
            "Central African Republic on Thursday."
        ),
        "RETREAT",
        "disarm",
    ),
    Row("h", "Truce takes hold in Tripoli", "RETREAT", "ceasefire"),
    Row(
        "l",
        (
            "A ceasefire between Sudan's army and paramilitary forces came into effect at "
            "midnight, residents said."
        ),
        "RETREAT",
        "ceasefire",
    ),
    Row("h", "Zimbabwe allows EU election observers", "RETREAT", "access"),
    Row(
        "l",
        (
            "Belarus admitted a team of OSCE election monitors on Monday ahead of the "
            "presidential vote."
        ),
        "RETREAT",
        "access",
    ),
    Row("h", "Sudan allows UN peacekeepers into Darfur", "RETREAT", "access"),
    Row(
        "l",
        "Mali let African Union peacekeepers enter the northern region on Tuesday.",
        "RETREAT",
        "access",
        type_gap="'let X enter' (a bare infinitive complement) has no access sense yet",
    ),
    Row(
        "h",
        "Syria opens border crossing for aid convoys",
        "RETREAT",
        "access",
        type_gap=(
            "opening a crossing is coded as easing a restriction (CONCEDE); access for aid would "
            "need the purpose phrase read"
        ),
    ),
    Row(
        "l",
        (
            "Israel allowed humanitarian workers into northern Gaza on Sunday for the first time "
            "in weeks."
        ),
        "RETREAT",
        "access",
    ),
    Row("h", "Peruvian interior minister resigns", "RETREAT", "resign"),
    Row(
        "l",
        ("Lebanon's prime minister stepped down on Monday after weeks of street demonstrations."),
        "RETREAT",
        "resign",
    ),
    # REQUEST: asking for help, change, yielding or a meeting (a protest's demand is PROTEST).
    Row("h", "Kosovo asks Spain to recognise its independence", "REQUEST", "assist"),
    Row(
        "l",
        "Taiwan urged Honduras on Wednesday to restore diplomatic relations.",
        "REQUEST",
        "assist",
    ),
    Row(
        "h", "Mozambique asks neighbours for military help against insurgents", "REQUEST", "assist"
    ),
    Row(
        "l",
        (
            "Flood-hit Libya appealed on Tuesday for international aid to help thousands of "
            "displaced families."
        ),
        "REQUEST",
        "assist",
    ),
    Row("h", "EU urges Hungary to change media law", "REQUEST", "change"),
    Row(
        "l",
        (
            "Human Rights Watch called on Egypt's government on Thursday to repeal its anti-"
            "protest law."
        ),
        "REQUEST",
        "change",
    ),
    Row("h", "Lawmakers demand sacking of police chief", "REQUEST", "change"),
    Row("h", "UN calls for release of detained journalists in Myanmar", "REQUEST", "yield"),
    Row(
        "l",
        "The family of a kidnapped aid worker urged his captors on Saturday to free him.",
        "REQUEST",
        "yield",
    ),
    Row("h", "Venezuela urges US to lift oil sanctions", "REQUEST", "yield"),
    Row(
        "l",
        (
            "Zimbabwe's president called on Western nations on Monday to remove sanctions imposed"
            " two decades ago."
        ),
        "REQUEST",
        "yield",
    ),
    Row("h", "Business leaders ask governor to relax curfew", "REQUEST", "yield"),
    Row(
        "l",
        (
            "Traders in Kano appealed to state authorities on Friday to ease the curfew so "
            "markets could reopen."
        ),
        "REQUEST",
        "yield",
    ),
    Row("h", "Pope calls for ceasefire in Sudan", "REQUEST", "yield"),
    Row(
        "l",
        "The UN Security Council demanded an immediate truce in eastern Congo on Wednesday.",
        "REQUEST",
        "yield",
    ),
    Row("h", "Opposition leader seeks meeting with president", "REQUEST", "meet"),
    Row(
        "l",
        (
            "Thailand's foreign ministry requested talks with Cambodian officials on Monday over "
            "the border shooting."
        ),
        "REQUEST",
        "meet",
    ),
    Row("h", "Taliban urge US to resume negotiations", "REQUEST", "meet"),
    Row(
        "l",
        "Catalan leaders asked Madrid on Tuesday to open negotiations on a referendum.",
        "REQUEST",
        "meet",
    ),
    # A demand made by marching is a protest.
    Row("h", "Thousands march in Santiago demanding pension reform", "PROTEST", "demo"),
    # ACCUSE: disapproval (an envoy summoned), investigations, allegations, suits, trials.
    Row("h", "China criticises Japan over Fukushima water release", "ACCUSE", "disapprove"),
    Row(
        "l",
        "Turkey condemned on Friday the burning of a Koran outside its embassy in Stockholm.",
        "ACCUSE",
        "disapprove",
    ),
    Row("h", "Ghana objects to British deportation flights", "ACCUSE", "disapprove"),
    Row(
        "l",
        (
            "Indonesia lodged a formal complaint with Australia on Monday over the detention of "
            "fishermen."
        ),
        "ACCUSE",
        "disapprove",
    ),
    Row("h", "Poland summons Russian ambassador over missile incursion", "ACCUSE", "disapprove"),
    Row(
        "l",
        (
            "Algeria summoned the French envoy on Wednesday to protest remarks by the French "
            "president."
        ),
        "ACCUSE",
        "disapprove",
    ),
    Row("h", "Prosecutors open probe into Maltese minister", "ACCUSE", "investigate"),
    Row(
        "l",
        (
            "A parliamentary commission in Peru began investigating the deaths of protesters on "
            "Monday."
        ),
        "ACCUSE",
        "investigate",
    ),
    Row(
        "h",
        "Kenyan anti-graft agency investigates governor over missing funds",
        "ACCUSE",
        "investigate",
    ),
    Row(
        "h",
        "UN team investigates reports of massacre in Ethiopian village",
        "ACCUSE",
        "investigate",
    ),
    Row("h", "Monitors investigate alleged truce breach in Donbas", "ACCUSE", "investigate"),
    Row("h", "Iran accuses Israel of sabotage at nuclear site", "ACCUSE", "allege"),
    Row(
        "l",
        (
            "Ukraine alleged on Tuesday that Russian forces had used banned chemical munitions "
            "near Bakhmut."
        ),
        "ACCUSE",
        "allege",
    ),
    Row("h", "Gambia sues Myanmar at world court over genocide", "ACCUSE", "allege"),
    Row(
        "l",
        (
            "Bolivia filed a lawsuit against Chile at the International Court of Justice on "
            "Monday over river rights."
        ),
        "ACCUSE",
        "allege",
    ),
    Row("h", "Former Brazilian president indicted for fraud", "ACCUSE", "allege"),
    Row(
        "l",
        (
            "A grand jury in Manila indicted three police officers on Thursday over the killing "
            "of a teenager."
        ),
        "ACCUSE",
        "allege",
    ),
    Row("h", "Prosecutors charge ex-minister with money laundering", "ACCUSE", "allege"),
    Row("h", "Former Chadian leader goes on trial in Dakar", "ACCUSE", "allege"),
    Row(
        "l",
        (
            "A military court in Kinshasa put 12 soldiers on trial on Monday for the rape of "
            "villagers."
        ),
        "ACCUSE",
        "allege",
        type_gap=(
            "'put ... on trial' split by its object is not matched (only two-word verbs are split)"
        ),
    ),
    # REJECT: turning down help, change, yielding or a meeting; barring entry; cancelled talks.
    Row("h", "Hungary rejects Ukraine's request for arms", "REJECT", "assist"),
    Row(
        "l",
        (
            "Switzerland turned down a German request on Friday to re-export tank ammunition to "
            "Kyiv."
        ),
        "REJECT",
        "assist",
    ),
    Row("h", "Iran rejects calls to halt uranium enrichment", "REJECT", "change"),
    Row(
        "l",
        (
            "The Polish government dismissed demands from Brussels on Wednesday to reverse its "
            "judicial reforms."
        ),
        "REJECT",
        "change",
    ),
    Row(
        "l",
        (
            "Tunisia's president rejected opposition calls on Monday to restore the dissolved "
            "parliament."
        ),
        "REJECT",
        "change",
    ),
    Row("h", "Prime minister refuses to resign despite protests", "REJECT", "change"),
    Row(
        "l",
        (
            "Peru's president rejected demands for her resignation on Sunday, saying she would "
            "serve out her term."
        ),
        "REJECT",
        "change",
    ),
    Row("h", "Kidnappers refuse to free hostages", "REJECT", "yield"),
    Row(
        "l",
        (
            "Russia refused on Tuesday to release a detained American journalist, despite appeals"
            " from Washington."
        ),
        "REJECT",
        "yield",
    ),
    Row("h", "EU rejects Moscow's request to lift sanctions", "REJECT", "yield"),
    Row(
        "l",
        ("Washington declined on Thursday to ease sanctions on Cuba, despite appeals from Mexico."),
        "REJECT",
        "yield",
    ),
    Row("h", "Governor refuses to lift curfew in Jos", "REJECT", "yield"),
    Row("h", "Israel rejects calls for ceasefire", "REJECT", "yield"),
    Row(
        "l", "Rebel commanders rejected the UN's appeal for a truce on Saturday.", "REJECT", "yield"
    ),
    Row("h", "Erdogan rejects Assad's request for a meeting", "REJECT", "meet"),
    Row(
        "l",
        (
            "Azerbaijan's president declined an invitation on Tuesday to meet Armenian leaders in"
            " Brussels."
        ),
        "REJECT",
        "meet",
    ),
    Row("h", "Ukraine rules out negotiations with Moscow", "REJECT", "meet"),
    Row(
        "l",
        "The Somali government refused on Friday to negotiate with al-Shabaab.",
        "REJECT",
        "meet",
    ),
    Row("h", "Israel bars UN rapporteur from entering the country", "REJECT", None),
    Row("h", "China cancels summit with EU", "REJECT", None),
    Row("h", "Pakistan calls off talks with India", "REJECT", None),
    # THREATEN: threats by what they threaten; an arrest warrant threatens arrest.
    Row("h", "North Korea warns of merciless response to US drills", "THREATEN", None),
    Row(
        "l",
        (
            "Iran's army chief warned on Monday that any attack on the country's nuclear sites "
            "would meet a crushing response."
        ),
        "THREATEN",
        None,
    ),
    Row("h", "Unions threaten nationwide strike over pay", "THREATEN", "restrict"),
    Row(
        "l",
        ("Truckers threatened on Thursday to blockade the main ports unless fuel taxes were cut."),
        "THREATEN",
        "restrict",
    ),
    Row("h", "Government threatens to ban opposition party", "THREATEN", "ban"),
    Row("h", "Police threaten to arrest protest leaders", "THREATEN", "arrest"),
    Row("h", "Court issues arrest warrant for exiled opposition leader", "THREATEN", "arrest"),
    Row("h", "Algeria threatens to cut ties with Spain", "THREATEN", "relations"),
    Row(
        "l",
        ("Turkey warned Sweden on Wednesday that it would suspend talks on its NATO membership."),
        "THREATEN",
        "relations",
    ),
    Row("h", "Minister threatens to curb press freedom", "THREATEN", "rights"),
    Row(
        "l",
        (
            "The interior ministry threatened on Friday to shut down social media platforms that "
            "spread protest calls."
        ),
        "THREATEN",
        "rights",
    ),
    Row("h", "Mali threatens to expel UN peacekeepers", "THREATEN", "expel"),
    Row(
        "l",
        (
            "Nicaragua threatened on Tuesday to expel the Vatican's envoy over criticism of "
            "arrests of priests."
        ),
        "THREATEN",
        "expel",
    ),
    Row("h", "Azerbaijan threatens to take control of disputed villages", "THREATEN", "territory"),
    Row(
        "l",
        "Venezuela's president threatened on Monday to annex the disputed Essequibo region.",
        "THREATEN",
        "territory",
    ),
    Row("h", "Militants threaten attacks on polling stations", "THREATEN", "violence"),
    Row(
        "l",
        "The armed group vowed on Sunday to kill any soldier who entered its territory.",
        "THREATEN",
        "violence",
    ),
    # PROTEST: demonstrations, riots, strikes, hunger strikes, boycotts, blockades.
    Row("h", "Thousands protest against pension reform in Paris", "PROTEST", "demo"),
    Row(
        "l",
        (
            "Tens of thousands of people marched through Tbilisi on Sunday against a foreign "
            "agents bill."
        ),
        "PROTEST",
        "demo",
    ),
    Row("h", "Rioters torch police station in Dhaka", "PROTEST", "riot"),
    Row(
        "l",
        (
            "Youths rioted in the suburbs of Lyon overnight, setting cars on fire and throwing "
            "stones at police."
        ),
        "PROTEST",
        "riot",
    ),
    Row("h", "Dock workers strike in Antwerp", "PROTEST", "strike"),
    Row(
        "l",
        "Nurses across Kenya walked off the job on Monday demanding unpaid wages.",
        "PROTEST",
        "strike",
    ),
    Row("h", "Jailed activist begins hunger strike", "PROTEST", "hunger"),
    Row(
        "l",
        (
            "Dozens of Palestinian detainees refused food on Tuesday in protest at their "
            "detention without trial."
        ),
        "PROTEST",
        "hunger",
    ),
    Row("h", "Opposition boycotts parliamentary vote", "PROTEST", "boycott"),
    Row(
        "l",
        (
            "Arab states boycotted the conference in Geneva on Friday over the invitation of an "
            "Israeli minister."
        ),
        "PROTEST",
        "boycott",
    ),
    Row("h", "Farmers block highways with tractors", "PROTEST", "obstruct"),
    Row(
        "l",
        "Protesters blocked the main road to the airport in La Paz on Wednesday.",
        "PROTEST",
        "obstruct",
    ),
    Row("h", "Opposition mobilizes supporters for mass rally", "PROTEST", None),
    # SANCTION: verdicts, expulsions from a body, leaving one, aid withdrawn, ties cut.
    Row("h", "Court convicts former president of corruption", "SANCTION", "convict"),
    Row(
        "l",
        "A tribunal in Dhaka found two opposition leaders guilty on Wednesday of war crimes.",
        "SANCTION",
        "convict",
    ),
    Row("h", "Constitutional court strikes down emergency decree", "SANCTION", "convict"),
    Row("h", "Supreme Court rules election law unconstitutional", "SANCTION", "convict"),
    Row(
        "l",
        "A Dutch court found Shell liable on Friday for oil spills in Nigeria.",
        "SANCTION",
        "convict",
    ),
    Row(
        "h",
        "Court orders oil firm to pay damages to Niger Delta villagers",
        "SANCTION",
        None,
        type_gap=(
            "an act someone is ordered to do is read as intended, so a hostile one as a threat; a"
            " court's order as its own act is not modelled"
        ),
    ),
    Row("h", "Opposition leader sentenced to five years in prison", "SANCTION", "convict"),
    Row(
        "l",
        "A court in Minsk sentenced a prominent journalist to eight years on Tuesday.",
        "SANCTION",
        "convict",
    ),
    Row("h", "African Union suspends Niger after coup", "SANCTION", "expel"),
    Row(
        "l",
        "The ruling party expelled three lawmakers on Monday for voting against the budget.",
        "SANCTION",
        "expel",
    ),
    Row("h", "Russia expelled from Council of Europe", "SANCTION", "expel"),
    Row(
        "h",
        "Burkina Faso leaves ECOWAS",
        "SANCTION",
        "withdraw",
        type_gap="the tagger reads 'ECOWAS' as a verb, so 'leaves' has no organisation object",
    ),
    Row(
        "l",
        "The United States withdrew from the UN Human Rights Council on Tuesday.",
        "SANCTION",
        "withdraw",
    ),
    Row("h", "Russia quits arms control treaty", "SANCTION", "withdraw"),
    Row("h", "Donors pull funding from Afghan health projects", "SANCTION", "withdraw"),
    Row("h", "US suspends aid to Ethiopia", "SANCTION", "withdraw"),
    Row(
        "l",
        "Sweden halted development assistance to Mali on Thursday after the coup.",
        "SANCTION",
        "withdraw",
    ),
    Row("h", "Morocco cuts diplomatic ties with Iran", "SANCTION", "discontinue"),
    Row("l", "Colombia suspended coal exports to Israel on Saturday.", "SANCTION", "discontinue"),
    Row("h", "EU imposes sanctions on Belarus officials", "SANCTION", "discontinue"),
    Row("h", "Russia halts gas supplies to Moldova", "SANCTION", "discontinue"),
    # MOBILIZE: troops, weapons readied or tested, police, militias; a lone drill.
    Row("h", "Russia masses troops on Ukrainian border", "MOBILIZE", "troops"),
    Row(
        "l",
        "Ethiopia deployed thousands of soldiers to the Sudanese border on Monday.",
        "MOBILIZE",
        "troops",
    ),
    Row("h", "Pakistan puts air defences on high alert", "MOBILIZE", "weapons"),
    Row("l", "China moved warships and bombers closer to Taiwan on Sunday.", "MOBILIZE", "weapons"),
    Row("h", "North Korea test-fires ballistic missile", "MOBILIZE", "weapons"),
    Row(
        "l",
        "Iran tested a new long-range cruise missile on Thursday, state television reported.",
        "MOBILIZE",
        "weapons",
    ),
    Row("h", "Thousands of police deployed in Nairobi ahead of protests", "MOBILIZE", "police"),
    Row(
        "l",
        "Authorities placed riot police on high alert across Tehran on Friday.",
        "MOBILIZE",
        "police",
    ),
    Row("h", "Militia leader calls up fighters in eastern Libya", "MOBILIZE", "militia"),
    Row(
        "l",
        ("Hezbollah mobilised its fighters along the southern border on Saturday, residents said."),
        "MOBILIZE",
        "militia",
    ),
    Row("h", "Taiwan holds annual military drills", "MOBILIZE", None),
    Row(
        "l",
        "Army units near the border were put on alert and returned fire on the insurgents.",
        "ASSAULT",
        "firearms",
    ),
    # COERCE: searches, seizures, restrictions, bans, censorship, emergencies, arrests,
    # deportations, utilities cut, misinformation, hacking.
    Row("h", "Police search home of opposition leader", "COERCE", "seize"),
    Row(
        "l",
        "Federal agents searched the offices of a prominent newspaper in Brasilia on Tuesday.",
        "COERCE",
        "seize",
    ),
    Row("h", "Authorities seize assets of exiled tycoon", "COERCE", "seize"),
    Row(
        "l",
        "Customs officers in Mombasa confiscated a shipment of smuggled weapons on Friday.",
        "COERCE",
        "seize",
    ),
    Row("h", "Police raid offices of rights group", "COERCE", "seize"),
    Row(
        "l",
        "Security forces raided a university campus in Istanbul overnight.",
        "COERCE",
        "seize",
        type_gap="'security forces' police and fight: their raid is not told from an armed one",
    ),
    Row("h", "Authorities ban public gatherings in capital", "COERCE", "restrict"),
    Row(
        "l",
        (
            "Israel closed the crossings into the West Bank on Sunday, barring Palestinian "
            "workers from travel."
        ),
        "COERCE",
        "restrict",
    ),
    Row("h", "Troops cordon off opposition headquarters", "COERCE", "restrict"),
    Row(
        "l",
        "Police sealed off the city centre on Saturday ahead of a planned opposition rally.",
        "COERCE",
        "restrict",
    ),
    Row("h", "Police push back protesters near parliament", "COERCE", None),
    Row("h", "Russia bans Memorial rights group", "COERCE", "ban"),
    Row(
        "l",
        "Pakistan's government outlawed a hardline Islamist party on Thursday.",
        "COERCE",
        "ban",
    ),
    Row("h", "Iran blocks Instagram and WhatsApp", "COERCE", "censor"),
    Row(
        "l",
        "Authorities in Hong Kong shut down a pro-democracy newspaper on Wednesday.",
        "COERCE",
        "censor",
    ),
    Row("h", "Ecuador declares state of emergency over prison violence", "COERCE", "curfew"),
    Row(
        "l",
        "Myanmar's military imposed martial law in several townships of Yangon on Sunday.",
        "COERCE",
        "curfew",
    ),
    Row("h", "Authorities impose curfew in Imphal", "COERCE", "curfew"),
    Row("h", "Police arrest opposition leader", "COERCE", "arrest"),
    Row(
        "l", "Security forces detained dozens of activists in Harare on Monday.", "COERCE", "arrest"
    ),
    Row("h", "Italy deports 40 Tunisian migrants", "COERCE", "deport"),
    Row("l", "Thailand deported a Cambodian activist on Friday.", "COERCE", "deport"),
    Row(
        "l",
        "The authorities cut electricity and water to the besieged town on Tuesday.",
        "COERCE",
        "withhold",
    ),
    Row("h", "Ethiopia shuts down internet in Amhara", "COERCE", "withhold"),
    Row("h", "Army blocks food convoys to Tigray", "COERCE", "withhold"),
    Row(
        "l",
        "Israel halted the entry of medical supplies into Gaza on Monday.",
        "COERCE",
        "withhold",
        type_gap="halting supplies fits SANCTION discontinue and COERCE withhold alike",
    ),
    Row(
        "h", "Russian trolls spread false reports on Moldovan election", "COERCE", "misinformation"
    ),
    Row(
        "l",
        (
            "A state-backed network of fake accounts spread fabricated stories about the "
            "opposition candidate on Tuesday."
        ),
        "COERCE",
        "misinformation",
    ),
    Row("h", "Hackers breach Albanian government servers", "COERCE", "cyber"),
    Row(
        "l",
        "A cyberattack knocked out the websites of several Estonian ministries on Tuesday.",
        "COERCE",
        "cyber",
    ),
    # ASSAULT: by mode, from kidnapping to chemical weapons.
    Row("h", "Gunmen kidnap 20 students in Nigeria", "ASSAULT", "abduct"),
    Row(
        "l",
        "Armed men abducted a Chinese engineer from a mining site in Congo on Tuesday.",
        "ASSAULT",
        "abduct",
    ),
    Row("h", "Pirates hijack cargo ship off Somalia", "ASSAULT", "abduct"),
    Row(
        "l", "Militants hijacked a passenger train in Balochistan on Tuesday.", "ASSAULT", "abduct"
    ),
    Row("h", "Ukrainian forces capture Russian soldiers near Kharkiv", "ASSAULT", "abduct"),
    Row(
        "l",
        "Government troops captured a rebel commander during fighting in the hills on Sunday.",
        "ASSAULT",
        "abduct",
    ),
    Row("h", "Police beat students at university protest", "ASSAULT", "beat"),
    Row(
        "l",
        (
            "Soldiers assaulted a journalist covering the election in Kampala on Thursday, "
            "witnesses said."
        ),
        "ASSAULT",
        "beat",
        mode_gap="'assaulted' names both a beating and a military assault; no mode is guessed",
    ),
    Row(
        "h",
        "Guards torture inmates in Syrian prison",
        "ASSAULT",
        "torture",
        type_gap="the tagger reads 'torture' as a noun and 'inmates' as the verb",
    ),
    Row(
        "l",
        (
            "Security officers tortured a detained activist with electric shocks, his lawyer said"
            " on Monday."
        ),
        "ASSAULT",
        "torture",
    ),
    Row("h", "Iran executes three protesters", "ASSAULT", "execute"),
    Row(
        "l",
        "Saudi Arabia put to death seven men convicted of drug smuggling on Tuesday.",
        "ASSAULT",
        "execute",
    ),
    Row(
        "l",
        "Singapore hanged a man convicted of trafficking cannabis on Wednesday.",
        "ASSAULT",
        "execute",
    ),
    Row("h", "Militiamen rape women in Congolese village", "ASSAULT", "sexual"),
    Row(
        "l",
        (
            "Fighters sexually assaulted dozens of women during the raid on the village, "
            "survivors said."
        ),
        "ASSAULT",
        "sexual",
    ),
    Row("h", "Gunmen assassinate Haitian president", "ASSAULT", "assassinate"),
    Row(
        "h",
        "Former Pakistani prime minister survives assassination attempt",
        "ASSAULT",
        "assassinate",
    ),
    Row("h", "Army demolishes homes in border village", "ASSAULT", "destroy"),
    Row("l", "Bulldozers razed a Bedouin village in the Negev on Wednesday.", "ASSAULT", "destroy"),
    Row("h", "Villagers attacked with machetes in Ituri", "ASSAULT", "primitive"),
    Row(
        "l",
        "Attackers armed with knives killed five people at a market in Xinjiang on Sunday.",
        "ASSAULT",
        "primitive",
    ),
    Row("h", "Gunmen open fire on bus in Pakistan", "ASSAULT", "firearms"),
    Row("l", "Soldiers shot dead four protesters in Mandalay on Saturday.", "ASSAULT", "firearms"),
    Row("h", "Roadside bomb kills soldiers in Mali", "ASSAULT", "explosives"),
    Row(
        "l",
        (
            "A car bomb exploded outside a police station in Mogadishu on Monday, killing six "
            "people."
        ),
        "ASSAULT",
        "explosives",
    ),
    Row("h", "Suicide bomber kills 20 at Kabul mosque", "ASSAULT", "suicide-attack"),
    Row(
        "l",
        (
            "A suicide attacker drove an explosives-laden truck into a military base in Niger on "
            "Sunday."
        ),
        "ASSAULT",
        "suicide-attack",
    ),
    Row("h", "Fighter jets bomb rebel positions in Darfur", "ASSAULT", "aerial"),
    Row(
        "l",
        "Syrian government helicopters dropped barrel bombs on Idlib villages on Friday.",
        "ASSAULT",
        "aerial",
    ),
    Row("h", "Drone strike kills militant commander in Somalia", "ASSAULT", "drone"),
    Row(
        "l",
        ("Ukrainian drones struck an oil refinery in southern Russia overnight, officials said."),
        "ASSAULT",
        "drone",
    ),
    Row("h", "Artillery shells pound Donetsk", "ASSAULT", "heavy-weapons"),
    Row(
        "l",
        "Army tanks shelled rebel-held neighbourhoods of Khartoum on Sunday.",
        "ASSAULT",
        "heavy-weapons",
    ),
    Row("h", "Police fire tear gas at protesters in Nairobi", "ASSAULT", "crowd-control"),
    Row(
        "l",
        "Security forces used water cannon to disperse demonstrators in Belgrade on Saturday.",
        "ASSAULT",
        "crowd-control",
    ),
    Row("h", "Militia expels thousands of Rohingya from their villages", "ASSAULT", "cleansing"),
    Row(
        "l",
        ("Sudanese militias carried out ethnic cleansing of Masalit communities in West Darfur."),
        "ASSAULT",
        "cleansing",
    ),
    Row("h", "Gunmen massacre villagers in Burkina Faso", "ASSAULT", "massacre"),
    Row(
        "l",
        (
            "Soldiers killed more than 100 civilians in a massacre at a market in central Mali on"
            " Sunday."
        ),
        "ASSAULT",
        "massacre",
    ),
    Row("h", "Chemical attack kills dozens in Syrian town", "ASSAULT", "unconventional"),
    Row(
        "l",
        (
            "Government forces used sarin gas against a rebel-held suburb on Wednesday, doctors "
            "said."
        ),
        "ASSAULT",
        "unconventional",
    ),
]


# Headlines set in Title Case, as many wire and synthetic titles are: the tagger takes most
# capitalised words for names, so verbs must be found by their place in the line.
TITLE_CASE = [
    ("Kenya Offers to Mediate Between Warring Neighbors", "AGREE"),
    ("Chile and Peru Pledge Closer Cooperation on Border Security", "AGREE"),
    ("Ghana Invites Togo's President for State Visit", "AGREE"),
    ("Rebel Group Says It Is Willing to Negotiate", "AGREE"),
    ("Egyptian Foreign Minister Arrives in Amman for Talks", "CONSULT"),
    ("Leaders of Brazil and India Hold Phone Call on Trade", "CONSULT"),
    ("EU Foreign Ministers Gather in Luxembourg to Discuss Sanctions", "CONSULT"),
    ("Oman Hosts Secret Talks Between Iran and Saudi Arabia", "CONSULT"),
    ("Canada Applauds Senegal's Peaceful Transfer of Power", "SUPPORT"),
    ("Morocco Voices Support for Mauritania's Reform Agenda", "SUPPORT"),
    ("Indonesia and Vietnam Sign Maritime Boundary Treaty", "SUPPORT"),
    ("Parliament Ratifies Defense Pact With Japan", "SUPPORT"),
    ("Government Agrees to Release Political Prisoners Next Month", "CONCEDE"),
    ("Junta Lifts Ban on Opposition Rallies", "CONCEDE"),
    ("President Apologizes for Police Killings of Protesters", "CONCEDE"),
    ("Authorities Pledge to Ease Travel Restrictions in Border Region", "CONCEDE"),
    ("Army Announces Ceasefire Ahead of Peace Talks", "CONCEDE"),
    ("Japan and Australia Launch Joint Naval Patrols", "COOPERATE"),
    ("Mexico Hands Over Cartel Suspect to US Authorities", "COOPERATE"),
    ("Nigeria and Niger Expand Cross-Border Trade Ties", "COOPERATE"),
    ("UN Agency Airlifts Food to Drought-Stricken Region", "AID"),
    ("Qatar Donates $50 Million to Rebuild Gaza Schools", "AID"),
    ("Germany Provides Air Defense Systems to Ukraine", "AID"),
    ("Troops Pull Back From Contested Border Town", "RETREAT"),
    ("Militants Free Kidnapped Aid Workers", "RETREAT"),
    ("Defense Minister Steps Down Amid Scandal", "RETREAT"),
    ("Government Allows UN Monitors Into Conflict Zone", "RETREAT"),
    ("Rebels Surrender Weapons Under Peace Deal", "RETREAT"),
    ("Ukraine Asks Allies for More Artillery Shells", "REQUEST"),
    ("Opposition Demands Release of Jailed Leader", "REQUEST"),
    ("UN Chief Urges Both Sides to Return to Negotiating Table", "REQUEST"),
    ("Farmers' Union Calls on Government to Scrap Fuel Tax", "REQUEST"),
    ("Beijing Condemns US Arms Sale to Taiwan", "ACCUSE"),
    ("Prosecutors Launch Investigation Into Mayor's Finances", "ACCUSE"),
    ("Activist Charged With Inciting Unrest", "ACCUSE"),
    ("Rights Group Accuses Army of Torturing Detainees", "ACCUSE"),
    ("President Rejects Calls to Resign", "REJECT"),
    ("Government Turns Down Rebel Offer of Talks", "REJECT"),
    ("Kremlin Refuses to Hand Over Suspects", "REJECT"),
    ("Militants Vow to Attack Government Buildings", "THREATEN"),
    ("President Warns Opposition of Crackdown if Protests Continue", "THREATEN"),
    ("Government Threatens to Shut Down Independent Newspapers", "THREATEN"),
    ("Teachers Stage Nationwide Walkout Over Wages", "PROTEST"),
    ("Students Rally Against Tuition Hikes in Capital", "PROTEST"),
    ("Truckers Block Border Crossing in Fuel Price Protest", "PROTEST"),
    ("Court Sentences Opposition Figure to Ten Years", "SANCTION"),
    ("Regional Bloc Suspends Mali's Membership", "SANCTION"),
    ("Government Severs Diplomatic Relations With Neighbor", "SANCTION"),
    ("Washington Imposes New Sanctions on Myanmar Generals", "SANCTION"),
    ("Army Deploys Tanks to Northern Border", "MOBILIZE"),
    ("Navy Puts Fleet on High Alert After Missile Test", "MOBILIZE"),
    ("Government Calls Up Reservists as Tensions Rise", "MOBILIZE"),
    ("Police Detain Dozens of Opposition Supporters", "COERCE"),
    ("Authorities Impose Curfew After Ethnic Clashes", "COERCE"),
    ("Government Shuts Down Internet Ahead of Election", "COERCE"),
    ("Police Raid Homes of Journalists", "COERCE"),
    ("Gunmen Kill Ten Villagers in Overnight Attack", "ASSAULT"),
    ("Airstrikes Pound Rebel Positions Near Capital", "ASSAULT"),
    ("Militants Abduct Dozens of Schoolchildren", "ASSAULT"),
    ("Security Forces Fire Tear Gas at Demonstrators", "ASSAULT"),
]


@pytest.mark.parametrize(("headline", "etype"), TITLE_CASE)
def test_title_case_headline_type_follows_the_codebook(headline: str, etype: str) -> None:
    assert _main("h", headline)[0] == etype


@cache
def _main(kind: str, text: str) -> tuple[str | None, str | None]:
    doc = story(text) if kind == "h" else events_of(text)
    event = main_event(doc)
    return (event.type, event.mode) if event else (None, None)


def _params(with_mode: bool) -> list:
    params = []
    for n, row in enumerate(CASES):
        if with_mode and row.mode is None:
            continue
        gap = row.type_gap or (row.mode_gap if with_mode else None)
        marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
        params.append(pytest.param(row, id=f"{row.etype}-{row.mode}-{n}", marks=marks))
    return params


@pytest.mark.parametrize("row", _params(with_mode=False))
def test_main_event_type_follows_the_codebook(row: Row) -> None:
    assert _main(row.kind, row.text)[0] == row.etype


@pytest.mark.parametrize("row", _params(with_mode=True))
def test_main_event_mode_follows_the_codebook(row: Row) -> None:
    assert _main(row.kind, row.text) == (row.etype, row.mode)


def test_every_plover_type_and_mode_is_exercised() -> None:
    """The battery covers the codebook: all sixteen types, and each of the 72 type-mode
    pairs of the structured codebook."""
    assert len({row.etype for row in CASES}) == 16
    assert len({(row.etype, row.mode) for row in CASES if row.mode}) == 72
