<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="da_DK">
<context>
    <name></name>
    <message>
        <location filename="../../narrativ/ui/editor/hint_panel.py" line="+13"/>
        <source>kan ikke-form</source>
        <translation>“cannot” phrasing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>altid/aldrig-ord</source>
        <translation>always/never word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>etiket</source>
        <translation>label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mangel-ord</source>
        <translation>deficit word</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skriv, hvad der skete – konkret.</source>
        <translation>Describe what happened, concretely.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teksten ser barnets styrker. Godt.</source>
        <translation>The text shows the child’s strengths. Good.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teksten veksler mellem styrker og vurderinger.</source>
        <translation>The text moves between strengths and judgements.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teksten lyder mest som en vurdering. Se forslagene.</source>
        <translation>The text reads mostly like a judgement. See the suggestions.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Formuleringer</source>
        <translation>Wording</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forslag til formuleringer</source>
        <translation>Wording suggestions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forslagene er kun råd. Du kan altid gemme.</source>
        <translation>The suggestions are only advice. You can always save.</translation>
    </message>
    <message>
        <location filename="../../narrativ/ui/messages.py" line="+21"/>
        <location line="+5"/>
        <source>Narrativ</source>
        <translation>Narrativ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der skete en uventet fejl i Narrativ. Det, der allerede er gemt, er i behold. Prøv igen, og kontakt jeres it-ansvarlige, hvis det sker igen.</source>
        <translation>An unexpected error occurred in Narrativ. Everything already saved is safe. Please try again, and contact your IT support if it happens again.</translation>
    </message>
    <message>
        <location filename="../../narrativ/ui/narrative_table.py" line="+30"/>
        <source>Kladde</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delt</source>
        <translation>Shared</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set af leder</source>
        <translation>Reviewed by leader</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../narrativ/ui/reading.py" line="+18"/>
        <source>Fokusbarn</source>
        <translation>Focus children</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fortælling</source>
        <translation>Story</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 – nyt</source>
        <translation>%1 – new</translation>
    </message>
    <message>
        <location filename="../../narrativ/ui/reading.py" line="+1"/>
        <source>Til stede</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refleksion</source>
        <translation>Reflection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Næste skridt</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommentarer</source>
        <translation>Comments</translation>
    </message>
</context>
<context>
    <name>CellPanel</name>
    <message>
        <location filename="../../narrativ/ui/seen/cells.py" line="+49"/>
        <source>Narrativer i ugen</source>
        <translation>Narratives in the week</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+32"/>
        <source>Skriv &amp;om barnet</source>
        <translation>Write &amp;about the child</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Henter …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skriv &amp;om %1</source>
        <translation>Write &amp;about %1</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Klik på en uge i oversigten for at se narrativerne bag tallet.</source>
        <translation>Click a week in the overview to see the narratives behind the number.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Å&amp;bn</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Narrativer i en uge</source>
        <translation>Narratives in a week</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, uge %2 (%3–%4)</source>
        <translation>%1, week %2 (%3–%4)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Ingen delte narrativer med barnet i ugen.</source>
        <translation>No shared narratives with the child in this week.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fokusbarn i 1 narrativ</source>
        <translation>Focus child in 1 narrative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fokusbarn i %1 narrativer</source>
        <translation>Focus child in %1 narratives</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>til stede i %1</source>
        <translation>present in %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fokusbarn</source>
        <translation>focus child</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>til stede</source>
        <translation>present</translation>
    </message>
</context>
<context>
    <name>ChildChips</name>
    <message>
        <location filename="../../narrativ/ui/editor/chips.py" line="+39"/>
        <source>Skriv et navn, og tryk Enter</source>
        <translation>Type a name and press Enter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Valgte: %1</source>
        <translation>Selected: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Markér et barn, og tryk Delete for at fjerne det</source>
        <translation>Select a child and press Delete to remove them</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Dobbeltklik eller tryk Delete for at fjerne</source>
        <translation>Double-click or press Delete to remove</translation>
    </message>
</context>
<context>
    <name>ChildPage</name>
    <message>
        <location filename="../../narrativ/ui/child_page.py" line="+24"/>
        <source>Børn</source>
        <translation>Children</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filtrér på tema</source>
        <translation>Filter by theme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle temaer</source>
        <translation>All themes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filtrér på relation</source>
        <translation>Filter by relationship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle relationer</source>
        <translation>All relationships</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Skriv om barnet</source>
        <translation>&amp;Write about this child</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Materiale …</source>
        <translation>&amp;Handout …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF til forældresamtale eller tværfagligt møde</source>
        <translation>PDF for a parent meeting or an interdisciplinary meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;mtykker …</source>
        <translation>C&amp;onsents …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Barn:</source>
        <translation>&amp;Child:</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>Antal narrativer: %n (nyeste først)</source>
        <translation>
            <numerusform>%n narrative (newest first)</numerusform>
            <numerusform>%n narratives (newest first)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../narrativ/ui/handouts/consent_dialog.py" line="+42"/>
        <source>Samtykker for %1</source>
        <translation>Consents for %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>Givet af</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Modtagere</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Gælder til</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Samtykker</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Træk tilbage</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fx mor og far</source>
        <translation>e.g. mother and father</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dato for samtykket</source>
        <translation>Date of the consent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fx PPR, Sundhedsplejerske</source>
        <translation>e.g. PPR, health visitor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fx sprog og samspil med andre børn</source>
        <translation>e.g. language and play with other children</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvad samtykket dækker</source>
        <translation>What the consent covers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Udløber</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Udløbsdato</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Registrér samtykke</source>
        <translation>&amp;Record consent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Givet &amp;af:</source>
        <translation>&amp;Given by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Modtagere:</source>
        <translation>Reci&amp;pients:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Omfang:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nyt samtykke</source>
        <translation>New consent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>trukket tilbage</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>udløbet</source>
        <translation>expired</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gælder</source>
        <translation>valid</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Vælg det samtykke, der skal trækkes tilbage.</source>
        <translation>Choose the consent to withdraw.</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../narrativ/ui/desk.py" line="+40"/>
        <source>leder</source>
        <translation>leader</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pædagog</source>
        <translation>educator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ny narrativ</source>
        <translation>&amp;New narrative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hurtig note</source>
        <translation>&amp;Quick note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Indstillinger</source>
        <translation>Sett&amp;ings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Skift bruger</source>
        <translation>Switch &amp;user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lås</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lås Narrativ (Ctrl+L)</source>
        <translation>Lock Narrativ (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv</source>
        <translation>Write</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mine narrativer</source>
        <translation>My narratives</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Børn</source>
        <translation>Children</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Teamoverblik</source>
        <translation>Team overview</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hvem ser vi?</source>
        <translation>Who do we see?</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../narrativ/ui/first_run.py" line="+166"/>
        <source>Narrativ – første start</source>
        <translation>Narrativ – first-time setup</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../narrativ/ui/handouts/dialog.py" line="+72"/>
        <source>Materiale om %1</source>
        <translation>Handout about %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forældresamtale</source>
        <translation>Parent meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tværfagligt møde</source>
        <translation>Interdisciplinary meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slags materiale</source>
        <translation>Kind of handout</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tag &amp;refleksionen med</source>
        <translation>Include the &amp;reflection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag &amp;næste skridt med</source>
        <translation>Include the ne&amp;xt steps</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Anonym sparring</source>
        <translation>&amp;Anonymous consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Med &amp;navn (kræver samtykke)</source>
        <translation>With &amp;name (needs consent)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Modtager</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ét spørgsmål pr. linje</source>
        <translation>One question per line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spørgsmål til mødet</source>
        <translation>Questions for the meeting</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Pseudonym:</source>
        <translation>&amp;Pseudonym:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Modtager:</source>
        <translation>Recipien&amp;t:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Spørgsmål:</source>
        <translation>&amp;Questions:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Narrativer i materialet</source>
        <translation>Narratives in the handout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skrives som</source>
        <translation>Written as</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Andre børns navne</source>
        <translation>Other children’s names</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Materiale:</source>
        <translation>&amp;Handout:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Periode:</source>
        <translation>Peri&amp;od:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fortællinger (barnet er fokusbarn)</source>
        <translation>Stories (the child is focus child)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Andre børn i teksten</source>
        <translation>Other children in the text</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forhåndsvisning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Udskriv …</source>
        <translation>Pr&amp;int …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gem som PDF …</source>
        <translation>&amp;Save as PDF …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Laver forhåndsvisning …</source>
        <translation>Preparing preview …</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Fortællinger i materialet: %n. Tjek navnene, før du udskriver.</source>
        <translation>
            <numerusform>%n story in the handout. Check the names before you print.</numerusform>
            <numerusform>%n stories in the handout. Check the names before you print.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Gem materiale</source>
        <translation>Save handout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Gemt: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sendt til printeren.</source>
        <translation>Sent to the printer.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../narrativ/ui/history_dialog.py" line="+34"/>
        <location line="+2"/>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Narrativen er ikke ændret, siden den blev delt.</source>
        <translation>The narrative has not been changed since it was shared.</translation>
    </message>
</context>
<context>
    <name>InstitutionPage</name>
    <message>
        <location filename="../../narrativ/ui/first_run.py" line="-133"/>
        <source>Velkommen til Narrativ</source>
        <translation>Welcome to Narrativ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Narrativ gemmer jeres narrativer krypteret på denne pc. Først skal institutionen have et navn.</source>
        <translation>Narrativ keeps your narratives encrypted on this PC. First, give the institution a name.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Institutionens navn</source>
        <translation>Institution name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fx Børnehuset Mælkebøtten</source>
        <translation>e.g. Dandelion Children’s House</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Institutionens navn:</source>
        <translation>&amp;Institution name:</translation>
    </message>
</context>
<context>
    <name>LeaderPage</name>
    <message>
        <location line="+9"/>
        <source>Den første leder</source>
        <translation>The first leader</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lederen opretter senere kollegerne. Vælg en adgangskode på mindst 8 tegn, som kun du kender.</source>
        <translation>The leader adds the colleagues later. Choose a password of at least 8 characters that only you know.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lederens navn</source>
        <translation>Leader’s name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gentag adgangskode</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Dit fulde navn:</source>
        <translation>&amp;Your full name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Adgangskode:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gentag adgangskode:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>De to adgangskoder er ikke ens.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../narrativ/ui/main_window.py" line="+91"/>
        <source>Databasen er beskadiget</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Narrativ har fundet fejl i databasen. Skriv ikke mere i den. Bed lederen om at gendanne den nyeste sikkerhedskopi (kommandoen «narrativ restore»); den nuværende fil bliver gemt ved siden af.</source>
        <translation>Narrativ has found errors in the database. Do not write any more in it. Ask the leader to restore the newest backup (the command «narrativ restore»); the current file is kept beside it.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Lås Narrativ</source>
        <translation>Lock Narrativ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teksten kunne ikke gemmes. Vil du låse alligevel? Så går teksten tabt.</source>
        <translation>The text could not be saved. Do you want to lock anyway? The text will then be lost.</translation>
    </message>
</context>
<context>
    <name>MinePage</name>
    <message>
        <location filename="../../narrativ/ui/mine_page.py" line="+19"/>
        <source>Mine narrativer</source>
        <translation>My narratives</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dine kladder står øverst. Dobbeltklik eller tryk Enter for at åbne.</source>
        <translation>Your drafts are at the top. Double-click or press Enter to open one.</translation>
    </message>
</context>
<context>
    <name>NarrativeEditor</name>
    <message>
        <location filename="../../narrativ/ui/editor/form.py" line="+68"/>
        <location line="+229"/>
        <source>Ny narrativ</source>
        <translation>New narrative</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>Gemt-status</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(ikke valgt)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tidspunkt</source>
        <translation>Time of day</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fokusbarn</source>
        <translation>Focus children</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Børn til stede</source>
        <translation>Children present</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fortælletype</source>
        <translation>Story type</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Situation:</source>
        <translation>&amp;Situation:</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Gruppe:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Hvornår:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Fokusbarn:</source>
        <translation>&amp;Focus children:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Til stede:</source>
        <translation>&amp;Present:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relationer</source>
        <translation>Relationships</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Læreplanstemaer</source>
        <translation>Curriculum themes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fortælle&amp;type:</source>
        <translation>Story &amp;type:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+76"/>
        <source>Fortælling</source>
        <translation>Story</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Hvad skete der – konkret?</source>
        <translation>What happened? Describe it concretely.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refleksion</source>
        <translation>Reflection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvad viser situationen om barnets styrker, intentioner og relationer?</source>
        <translation>What does the situation show about the child’s strengths, intentions and relationships?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Næste skridt</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hvad gør vi nu?</source>
        <translation>What do we do now?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Del med kolleger</source>
        <translation>S&amp;hare with colleagues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kladden bliver synlig for gruppens personale</source>
        <translation>The draft becomes visible to the group’s staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gem &amp;nu</source>
        <translation>Sa&amp;ve now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hi&amp;storik</source>
        <translation>Hist&amp;ory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvem har ændret narrativen, og hvornår</source>
        <translation>Who changed the narrative, and when</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Ændret – gemmes om lidt</source>
        <translation>Changed – saving shortly</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Kladden gemmes af sig selv, mens du skriver.</source>
        <translation>The draft saves itself as you write.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Narrativ fra %1</source>
        <translation>Narrative from %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Kladde – kun du kan se den.</source>
        <translation>Draft – only you can see it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delt med kolleger.</source>
        <translation>Shared with colleagues.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delt og set af leder.</source>
        <translation>Shared and reviewed by a leader.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Ikke gemt: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gemt kl. %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skriv fortællingen, før du deler den.</source>
        <translation>Write the story before you share it.</translation>
    </message>
</context>
<context>
    <name>NarrativeList</name>
    <message>
        <location filename="../../narrativ/ui/narrative_list.py" line="+39"/>
        <source>Narrativer</source>
        <translation>Narratives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Læsevisning</source>
        <translation>Reading view</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../narrativ/ui/team/optional_date.py" line="+21"/>
        <source>(alle)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv eller vælg en dato. Delete: ingen dato.</source>
        <translation>Type or pick a date. Delete: no date.</translation>
    </message>
</context>
<context>
    <name>QuickNoteDialog</name>
    <message>
        <location filename="../../narrativ/ui/quick_note.py" line="+30"/>
        <source>Hurtig note</source>
        <translation>Quick note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv det vigtigste nu. Noten bliver en kladde, du kan gøre færdig senere.</source>
        <translation>Write down what matters most now. The note becomes a draft that you can finish later.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Børn</source>
        <translation>Children</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hvad skete der – konkret?</source>
        <translation>What happened? Describe it concretely.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Gruppe:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Børn:</source>
        <translation>&amp;Children:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Skriv et par linjer først.</source>
        <translation>Write a few lines first.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../narrativ/ui/recovery_dialog.py" line="+26"/>
        <source>Glemt adgangskode</source>
        <translation>Forgotten password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Brug gendannelseskoden fra institutionens pengeskab. Er du ikke leder, så bed din leder om en ny adgangskode i stedet.</source>
        <translation>Use the recovery code from the institution’s safe. If you are not a leader, ask your leader for a new password instead.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gendannelseskode</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ny adgangskode</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gendannelseskode:</source>
        <translation>&amp;Recovery code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;y adgangskode:</source>
        <translation>New &amp;password:</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../narrativ/ui/first_run.py" line="+24"/>
        <location line="+10"/>
        <source>Gendannelseskode</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Koden er den eneste vej ind, hvis alle ledere glemmer deres adgangskode. Den vises kun nu. Udskriv den, og læg arket i institutionens pengeskab.</source>
        <translation>The code is the only way in if every leader forgets their password. It is shown only now. Print it and keep the sheet in the institution’s safe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Gem som PDF til udskrift …</source>
        <translation>&amp;Save as PDF for printing …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jeg har &amp;udskrevet eller skrevet koden ned</source>
        <translation>I have &amp;printed the code or written it down</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Gem gendannelsesark</source>
        <translation>Save recovery sheet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <location filename="../../narrativ/ui/team/review.py" line="+22"/>
        <source>&amp;Markér som set</source>
        <translation>&amp;Mark as reviewed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fortæl forfatteren, at du har læst narrativen</source>
        <translation>Let the author know that you have read the narrative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kommentar til forfatteren</source>
        <translation>Comment to the author</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv en kommentar, eller bed forfatteren om at uddybe noget</source>
        <translation>Write a comment, or ask the author to say more about something</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skriv &amp;kommentar</source>
        <translation>Send comm&amp;ent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Uddyb gerne …</source>
        <translation>Ask to ela&amp;borate …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send teksten som en opfordring til at fortælle mere</source>
        <translation>Send the text as an invitation to tell more</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Din kommentar:</source>
        <translation>&amp;Your comment:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Kladde: forfatteren har ikke delt den endnu, så den kan ikke kommenteres.</source>
        <translation>Draft: the author has not shared it yet, so it cannot be commented on.</translation>
    </message>
</context>
<context>
    <name>SeenGridWidget</name>
    <message>
        <location filename="../../narrativ/ui/seen/grid.py" line="+116"/>
        <source>Børn og uger</source>
        <translation>Children and weeks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Piletasterne flytter mellem børn og uger. Enter viser narrativerne i en uge eller, på et navn, skriver om barnet.</source>
        <translation>The arrow keys move between children and weeks. Enter shows the narratives of a week or, on a name, starts writing about the child.</translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+499"/>
        <source>i alt</source>
        <translation>total</translation>
    </message>
    <message>
        <location line="-490"/>
        <location line="+495"/>
        <source>ikke set i</source>
        <translation>not seen for</translation>
    </message>
    <message>
        <location line="-472"/>
        <location line="+455"/>
        <source>uge %1</source>
        <translation>week %1</translation>
    </message>
    <message>
        <location line="-423"/>
        <source>Alle børn er set de seneste %1 uger</source>
        <translation>Every child has been seen in the last %1 weeks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ikke set de seneste %1 uger: 1 barn</source>
        <translation>Not seen in the last %1 weeks: 1 child</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ikke set de seneste %1 uger: %2 børn</source>
        <translation>Not seen in the last %1 weeks: %2 children</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set de seneste %1 uger</source>
        <translation>Seen in the last %1 weeks</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>aldrig</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 uge</source>
        <translation>1 week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 uger</source>
        <translation>%1 weeks</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>aldrig set som fokusbarn</source>
        <translation>never seen as focus child</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ikke set i 1 uge</source>
        <translation>not seen for 1 week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ikke set i %1 uger</source>
        <translation>not seen for %1 weeks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Narrativer pr. uge med barnet som fokusbarn (delte og sete):</source>
        <translation>Narratives per week with the child as focus child (shared and reviewed):</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1, uge %2: ingen narrativer</source>
        <translation>%1, week %2: no narratives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, uge %2: 1 narrativ</source>
        <translation>%1, week %2: 1 narrative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, uge %2: %3 narrativer</source>
        <translation>%1, week %2: %3 narratives</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: 1 narrativ som fokusbarn i perioden.</source>
        <translation>%1: 1 narrative as focus child in the period.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 narrativer som fokusbarn i perioden.</source>
        <translation>%1: %2 narratives as focus child in the period.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Senest: %1</source>
        <translation>Latest: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klik eller tryk Enter for at skrive om barnet.</source>
        <translation>Click or press Enter to write about the child.</translation>
    </message>
    <message>
        <location line="+239"/>
        <source>Der er ingen børn i gruppen.</source>
        <translation>There are no children in the group.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>seneste %1 uger</source>
        <translation>last %1 weeks</translation>
    </message>
</context>
<context>
    <name>SeenPage</name>
    <message>
        <location filename="../../narrativ/ui/seen/page.py" line="+96"/>
        <source>Hvem ser vi?</source>
        <translation>Who do we see?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hvem skriver vi om, og hvem ikke? Børn, ingen har skrevet om længe, står øverst. Klik på en uge for at se narrativerne, på et navn for at skrive.</source>
        <translation>Who do we write about, and who not? Children nobody has written about for a long time are at the top. Click a week to see its narratives, or a name to write.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source> uger</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Periode i uger</source>
        <translation>Period in weeks</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ikke set i antal uger</source>
        <translation>Weeks without being seen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Gem som billede …</source>
        <translation>&amp;Save as image …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gr&amp;uppe:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;kke set i:</source>
        <translation>Not s&amp;een for:</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Henter …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Der er ingen grupper endnu.</source>
        <translation>There are no groups yet.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Hvem ser vi? – %1</source>
        <translation>Who do we see? – %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uge %1 %2 til uge %3 %4 · dannet %5</source>
        <translation>Week %1 %2 to week %3 %4 · made %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fortroligt: indeholder oplysninger om børn. Opbevar og kassér det som sådan.</source>
        <translation>Confidential: contains information about children. Store and dispose of it accordingly.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hvem ser vi - %1 - %2.png</source>
        <translation>Who do we see - %1 - %2.png</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gem som billede</source>
        <translation>Save as image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG-billeder (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Billedet kunne ikke gemmes i %1.</source>
        <translation>The image could not be saved to %1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../narrativ/ui/settings_dialog.py" line="+29"/>
        <source>Indstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min.</source>
        <translation> min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lås efter inaktivitet</source>
        <translation>Lock after inactivity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fx en USB-nøgle eller et netværksdrev</source>
        <translation>e.g. a USB stick or a network drive</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Mappe til sikkerhedskopier</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>&amp;Vælg …</source>
        <translation>C&amp;hoose …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> kopier</source>
        <translation> copies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal sikkerhedskopier</source>
        <translation>Number of backups</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source> mdr.</source>
        <translation> months</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Slettefrist efter barnet er stoppet</source>
        <translation>Deletion deadline after a child has left</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logningen gemmes i</source>
        <translation>The audit log is kept for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> uger</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ikke set efter</source>
        <translation>Not seen after</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Situationer</source>
        <translation>Situations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Én situation pr. linje. De vises som forslag i editoren.</source>
        <translation>One situation per line. They are offered as suggestions in the editor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Lås efter:</source>
        <translation>&amp;Lock after:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sikkerhedskopier i:</source>
        <translation>&amp;Backups in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Behold:</source>
        <translation>&amp;Keep:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;lettefrist:</source>
        <translation>&amp;Deletion deadline:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lo&amp;gning gemmes i:</source>
        <translation>Audit &amp;log kept for:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ikke set efter:</source>
        <translation>&amp;Not seen after:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Situationer:</source>
        <translation>&amp;Situations:</translation>
    </message>
</context>
<context>
    <name>SpreadWidget</name>
    <message>
        <location filename="../../narrativ/ui/seen/spread.py" line="+47"/>
        <source>Fordeling af narrativerne</source>
        <translation>Spread of the narratives</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Læreplanstemaer</source>
        <translation>Curriculum themes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relationer</source>
        <translation>Relationships</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skrevet af</source>
        <translation>Written by</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>1 narrativ i perioden</source>
        <translation>1 narrative in the period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 narrativer i perioden</source>
        <translation>%1 narratives in the period</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>En narrativ kan have flere temaer og relationer.</source>
        <translation>A narrative can have several themes and relationships.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Ingen i perioden.</source>
        <translation>None in the period.</translation>
    </message>
</context>
<context>
    <name>TeamFilterBar</name>
    <message>
        <location filename="../../narrativ/ui/team/filters.py" line="+61"/>
        <source>Ord fra fortælling, refleksion eller næste skridt</source>
        <translation>Words from the story, reflection or next steps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Søg i narrativerne</source>
        <translation>Search the narratives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forfatter</source>
        <translation>Author</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fra dato</source>
        <translation>From date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Til dato</source>
        <translation>To date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vis alle</source>
        <translation>Sho&amp;w all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fjern alle filtre og søgningen</source>
        <translation>Clear all filters and the search</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>til</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Sø&amp;g:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>G&amp;ruppe:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Barn:</source>
        <translation>&amp;Child:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forfatter:</source>
        <translation>Aut&amp;hor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tema:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relati&amp;on:</source>
        <translation>&amp;Relationship:</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Alle grupper</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle børn</source>
        <translation>All children</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle forfattere</source>
        <translation>All authors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle temaer</source>
        <translation>All themes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle relationer</source>
        <translation>All relationships</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>TeamPane</name>
    <message>
        <location filename="../../narrativ/ui/team/pane.py" line="+27"/>
        <source>Kladden er ikke delt endnu.</source>
        <translation>The draft has not been shared yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen ændringer, siden narrativen blev delt.</source>
        <translation>No changes since the narrative was shared.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Historik</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>TeamTable</name>
    <message>
        <location filename="../../narrativ/ui/team/model.py" line="+42"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fokusbarn</source>
        <translation>Focus children</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forfatter</source>
        <translation>Author</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temaer</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationer</source>
        <translation>Relations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommentarer</source>
        <translation>Comments</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <location filename="../../narrativ/ui/team/view.py" line="+91"/>
        <source>Teamoverblik</source>
        <translation>Team overview</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Antal fundne narrativer</source>
        <translation>Number of narratives found</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Narrativer i huset</source>
        <translation>Narratives in the institution</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Læsevisning</source>
        <translation>Reading view</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Søger …</source>
        <translation>Searching …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>1 narrativ</source>
        <translation>1 narrative</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n narrativer</source>
        <translation>
            <numerusform>%n narrative</numerusform>
            <numerusform>%n narratives</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Søgningen lykkedes ikke.</source>
        <translation>The search failed.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Ingen narrativer passer til søgningen og filtrene.</source>
        <translation>No narratives match the search and filters.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../narrativ/ui/unlock_screen.py" line="+52"/>
        <source>Narrativ er låst</source>
        <translation>Narrativ is locked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vælg dig selv på listen, og skriv din adgangskode.</source>
        <translation>Choose your name from the list and type your password.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skriv for at finde dit navn</source>
        <translation>Type to find your name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find dit navn</source>
        <translation>Find your name</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Medarbejdere</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lås op</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Glemt adgangskode?</source>
        <translation>Forgotten your password?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Besked</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Adgangskode:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Vælg dit navn på listen først.</source>
        <translation>Choose your name from the list first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skriv din adgangskode.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Låser op …</source>
        <translation>Unlocking …</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Prøv igen.</source>
        <translation>Try again.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Forkert adgangskode. Vent %n sekund(er), før du prøver igen.</source>
        <translation>
            <numerusform>Wrong password. Wait %n second before you try again.</numerusform>
            <numerusform>Wrong password. Wait %n seconds before you try again.</numerusform>
        </translation>
    </message>
</context>
</TS>
