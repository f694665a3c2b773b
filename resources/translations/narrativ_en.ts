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
        <location line="+46"/>
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
    <message>
        <location line="+1"/>
        <source>Fællesskab i fokus</source>
        <translation>Community in focus</translation>
    </message>
    <message>
        <location filename="../../narrativ/ui/guide/start_page.py" line="+296"/>
        <source>Gem spørgsmålskort</source>
        <translation>Save question cards</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Spørgsmålskortene kunne ikke gemmes i %1: %2</source>
        <translation>The question cards could not be saved to %1: %2</translation>
    </message>
</context>
<context>
    <name>AccessPage</name>
    <message>
        <location filename="../../narrativ/ui/admin/access_page.py" line="+44"/>
        <source>%1 (stoppet %2)</source>
        <translation>%1 (left %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>forældresamtale</source>
        <translation>parent meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tværfagligt møde</source>
        <translation>interdisciplinary meeting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, anonymt</source>
        <translation>%1, anonymous</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Forældre har ret til at se, hvad der er registreret om deres barn (indsigtsret). Udskriften samler barnets oplysninger, narrativerne (andre børns navne maskeret), samtykker, udleveringer og logningen om barnet: en PDF til forældrene og den samme indsigt som JSON-fil.</source>
        <translation>Parents have the right to see what is recorded about their child (right of access). The report gathers the child’s details, the narratives (with other children’s names masked), consents, handouts given out and the audit log entries about the child: a PDF for the parents and the same information as a JSON file.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vælg, hvor filerne skal gemmes</source>
        <translation>Choose where to save the files</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+125"/>
        <source>Mappe til indsigtsudskriften</source>
        <translation>Folder for the access report</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>&amp;Vælg …</source>
        <translation>C&amp;hoose …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vælg mappen til indsigtsudskriften</source>
        <translation>Choose the folder for the access report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lav indsigts&amp;udskrift</source>
        <translation>Create access &amp;report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Å&amp;bn mappen</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ba&amp;rn:</source>
        <translation>&amp;Child:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mappe:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Udleveringer af materiale om barnet</source>
        <translation>Handouts given out about the child</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lavet af</source>
        <translation>Made by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slags</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modtager</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrativer</source>
        <translation>Narratives</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Vælg et barn.</source>
        <translation>Choose a child.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Henter …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Der er ikke lavet materiale om barnet.</source>
        <translation>No handouts have been made about the child.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Materialet er lavet til forældresamtaler og tværfaglige møder.</source>
        <translation>The handouts were made for parent meetings and interdisciplinary meetings.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Vælg et barn på listen.</source>
        <translation>Choose a child from the list.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Indsigtsudskriften kunne ikke gemmes i %1.</source>
        <translation>The access report could not be saved to %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Laver indsigtsudskriften …</source>
        <translation>Creating the access report …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gemt i %1:
%2 (til forældrene)
%3
Narrativer i udskriften: %4</source>
        <translation>Saved to %1:
%2 (for the parents)
%3
Narratives in the report: %4</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../../narrativ/ui/admin/audit_model.py" line="+47"/>
        <source>indsigt udleveret</source>
        <translation>access report handed over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>logningen ryddet op</source>
        <translation>audit log tidied up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>logningen eksporteret</source>
        <translation>audit log exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relationskort gemt eller udskrevet</source>
        <translation>relations map saved or printed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gendannelse afprøvet</source>
        <translation>restore tested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sikkerhedskopi taget</source>
        <translation>backup taken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>barn oprettet</source>
        <translation>child added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>barn slettet</source>
        <translation>child erased</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>barn registreret som stoppet</source>
        <translation>child recorded as having left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>barn flyttet til en anden gruppe</source>
        <translation>child moved to another group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>læst barnets side</source>
        <translation>read the child’s page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kommentar skrevet</source>
        <translation>comment written</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>samtykke registreret</source>
        <translation>consent recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>samtykke trukket tilbage</source>
        <translation>consent withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>databasen fik ny nøgle</source>
        <translation>database given a new key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eksporteret</source>
        <translation>exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gruppe oprettet</source>
        <translation>group created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>materiale lavet</source>
        <translation>handout made</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data indlæst</source>
        <translation>data imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>institutionen oprettet</source>
        <translation>institution created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forkert adgangskode</source>
        <translation>wrong password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>narrativ oprettet</source>
        <translation>narrative created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kladde slettet</source>
        <translation>draft deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>læst fortælling</source>
        <translation>read a narrative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>narrativ set af leder</source>
        <translation>narrative reviewed by leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>narrativ delt</source>
        <translation>narrative shared</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>narrativ ændret</source>
        <translation>narrative changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adgangskode skiftet</source>
        <translation>password changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ny adgangskode med gendannelseskoden</source>
        <translation>new password set with the recovery code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>handleplan oprettet</source>
        <translation>action plan created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handleplan fulgt op</source>
        <translation>action plan followed up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handleplan udskrevet</source>
        <translation>action plan printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handleplan ændret</source>
        <translation>action plan changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sikkerhedskopi gendannet</source>
        <translation>backup restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>søgt</source>
        <translation>searched</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fællesskabets narrativer vist i «Hvem ser vi?»</source>
        <translation>community narratives shown in “Who do we see?”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>«Hvem ser vi?» gemt som billede</source>
        <translation>“Who do we see?” saved as image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«Hvem ser vi?» åbnet</source>
        <translation>“Who do we see?” opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indstilling ændret</source>
        <translation>setting changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medarbejder oprettet</source>
        <translation>staff member added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medarbejderens grupper ændret</source>
        <translation>staff member’s groups changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adgangskode givet af leder</source>
        <translation>password set by leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medarbejder fjernet</source>
        <translation>staff member removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>konto åbnet igen</source>
        <translation>account unblocked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tag oprettet</source>
        <translation>tag added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tag omdøbt</source>
        <translation>tag renamed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tag i brug igen</source>
        <translation>tag back in use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tag sat ud af brug</source>
        <translation>tag set out of use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>teamoverblik åbnet</source>
        <translation>team overview opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>logget ind</source>
        <translation>logged in</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alt om børn</source>
        <translation>Everything about children</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt om narrativer</source>
        <translation>Everything about narratives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt om samtykker</source>
        <translation>Everything about consents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt om handleplaner</source>
        <translation>Everything about action plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt om medarbejdere</source>
        <translation>Everything about staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt om adgangskoder</source>
        <translation>Everything about passwords</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>logningen</source>
        <translation>the audit log</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>barn</source>
        <translation>child</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>gruppe</source>
        <translation>group</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>institutionen</source>
        <translation>the institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>narrativ</source>
        <translation>narrative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handleplan</source>
        <translation>action plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indstilling</source>
        <translation>setting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medarbejder</source>
        <translation>staff member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tag</source>
        <translation>tag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>logningsperiode</source>
        <translation>audit log period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lås efter</source>
        <translation>lock after</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mappe til sikkerhedskopier</source>
        <translation>backup folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>antal sikkerhedskopier</source>
        <translation>number of backups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>situationer</source>
        <translation>situations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ikke set efter</source>
        <translation>not seen after</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slettefrist</source>
        <translation>deletion deadline</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vedrører</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detaljer</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tidspunkt</source>
        <translation>time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>før</source>
        <translation>before</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>børn</source>
        <translation>children</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>afsluttet</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>samtykke</source>
        <translation>consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>slettet</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>grupper</source>
        <translation>groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fund</source>
        <translation>results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slags</source>
        <translation>kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maskeret</source>
        <translation>masked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>form</source>
        <translation>form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>narrativer</source>
        <translation>narratives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handleplaner</source>
        <translation>action plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>søgning</source>
        <translation>search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modtager</source>
        <translation>recipient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rolle</source>
        <translation>role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vist</source>
        <translation>shown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medarbejdere</source>
        <translation>staff</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>forældresamtale</source>
        <translation>parent meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tværfagligt møde</source>
        <translation>interdisciplinary meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>med navn</source>
        <translation>with name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anonym</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leder</source>
        <translation>leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pædagog</source>
        <translation>educator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nej</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../narrativ/ui/admin/audit_page.py" line="+81"/>
        <source>Hvem har læst, skrevet, udleveret og slettet hvad, og hvornår. Logningen kan ikke ændres; den ryddes kun op, når hændelserne er ældre end den periode, I har valgt under Indstillinger.</source>
        <translation>Who has read, written, handed over and deleted what, and when. The audit log cannot be changed; it is only tidied up once events are older than the period you have chosen under Settings.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vedrører barn eller nøgle</source>
        <translation>Concerns a child or key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>barn eller nøgle</source>
        <translation>child or key</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <source>N&amp;ulstil</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vis hele logningen igen</source>
        <translation>Show the whole audit log again</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hve&amp;m:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H&amp;andling:</source>
        <translation>A&amp;ction:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vedrører:</source>
        <translation>C&amp;oncerns:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fra:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Til:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hændelser i logningen</source>
        <translation>Events in the audit log</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Antal hændelser</source>
        <translation>Number of events</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eks&amp;portér …</source>
        <translation>Ex&amp;port …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gem de viste hændelser som en CSV-fil, fx til databeskyttelsesrådgiveren</source>
        <translation>Save the events shown as a CSV file, e.g. for the data protection officer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ryd op …</source>
        <translation>Ti&amp;dy up …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slet hændelser, der er ældre end logningsperioden</source>
        <translation>Delete events older than the audit log period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Besked</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Alle handlinger</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alle</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Perioden slutter, før den begynder.</source>
        <translation>The period ends before it begins.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Henter …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>De nyeste %1 hændelser vises. Brug filtrene for at se ældre.</source>
        <translation>Showing the newest %1 events. Use the filters to see older ones.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 hændelse</source>
        <translation>1 event</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hændelser</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>logning-%1.csv</source>
        <translation>audit-log-%1.csv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Eksportér logningen</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV-filer (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Logningen kunne ikke gemmes i %1.</source>
        <translation>The audit log could not be saved to %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Logningen er gemt i %1.</source>
        <translation>The audit log has been saved to %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Logningen gemmes i %1 måneder (det ændres under Indstillinger). Hændelser fra før %2 slettes for altid. Selve oprydningen bliver logget.

Vil du rydde op nu?</source>
        <translation>The audit log is kept for %1 months (you can change this under Settings). Events from before %2 will be deleted for good. The tidy-up itself is logged.

Do you want to tidy up now?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ryd op i logningen</source>
        <translation>Tidy up the audit log</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hændelser slettet ved oprydningen: %1.</source>
        <translation>Events deleted in the tidy-up: %1.</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../narrativ/ui/admin/backup_page.py" line="+103"/>
        <source>Sikkerhedskopierne er krypterede og åbnes med de samme adgangskoder som databasen. Prøv en gendannelse en gang imellem: så ved I, at kopierne virker, før I får brug for dem.</source>
        <translation>The backups are encrypted and open with the same passwords as the database. Test a restore now and then: that way you know the copies work before you need them.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mappe til sikkerhedskopier</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taget</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Størrelse</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sikkerhedskopier i mappen</source>
        <translation>Backups in the folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tag sikkerhedskopi nu</source>
        <translation>&amp;Take a backup now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prøv gendannelse …</source>
        <translation>Test a &amp;restore …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Åbn en kopi af den valgte sikkerhedskopi, kontrollér den og sammenlign den med databasen nu. Intet bliver ændret.</source>
        <translation>Open a copy of the selected backup, check it and compare it with the database as it is now. Nothing is changed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Besked</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resultat af gendannelsesprøven</source>
        <translation>Result of the restore test</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Jeres data ligger på institutionsserveren. Sikkerhedskopier af serveren tages af kommunens it-afdeling (fx med pg_dump), ikke fra denne pc. Spørg dem, hvor ofte der tages kopier, og hvornår en gendannelse sidst er prøvet.</source>
        <translation>Your data are on the institution server. Backups of the server are made by the municipality&apos;s IT department (e.g. with pg_dump), not from this PC. Ask them how often backups are made and when a restore was last tried.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Der er ikke valgt en mappe til sikkerhedskopier. Vælg den under Indstillinger (Sikkerhedskopier i), så tager Narrativ en kopi hver dag, når nogen låser eller lukker.</source>
        <translation>No backup folder has been chosen. Choose one under Settings (Backups in), and Narrativ will take a copy every day when someone locks or closes it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mappe (kun denne gang): %1</source>
        <translation>Folder (this time only): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mappe: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Mappen findes ikke lige nu. Er USB-nøglen eller netværksdrevet tilsluttet?</source>
        <translation>The folder cannot be found right now. Is the USB stick or network drive connected?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der er ingen sikkerhedskopier endnu.</source>
        <translation>There are no backups yet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Mappe til sikkerhedskopien</source>
        <translation>Folder for the backup</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sikkerhedskopien kunne ikke gemmes i %1.</source>
        <translation>The backup could not be saved to %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sikkerhedskopien er gemt: %1</source>
        <translation>The backup has been saved: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vælg mappen under Indstillinger (Sikkerhedskopier i), så tager Narrativ selv en kopi hver dag.</source>
        <translation>Choose the folder under Settings (Backups in), and Narrativ will take a copy by itself every day.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tager en sikkerhedskopi …</source>
        <translation>Taking a backup …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Prøv gendannelse</source>
        <translation>Test a restore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sikkerhedskopien åbnes med din adgangskode, som den var, da kopien blev taget. Din adgangskode:</source>
        <translation>The backup opens with your password as it was when the copy was taken. Your password:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Der kunne ikke laves en midlertidig mappe i %1.</source>
        <translation>A temporary folder could not be created in %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Prøver at gendanne %1 …</source>
        <translation>Test-restoring %1 …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gendannelsesprøve af %1:</source>
        <translation>Restore test of %1:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Narrativer</source>
        <translation>Narratives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Børn</source>
        <translation>Children</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medarbejdere</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingeraftryk af indholdet</source>
        <translation>Fingerprint of the contents</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gendannelsen virker: kopien kan åbnes, er hel og har det samme indhold som databasen nu.</source>
        <translation>The restore works: the copy can be opened, is complete and has the same contents as the database now.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gendannelsen virker: kopien kan åbnes og er hel. Indholdet er ikke det samme som nu, fordi der er skrevet eller ændret noget, siden kopien blev taget.</source>
        <translation>The restore works: the copy can be opened and is complete. The contents differ from now because something has been written or changed since the copy was taken.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sikkerhedskopien</source>
        <translation>The backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Databasen nu</source>
        <translation>The database now</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Adgangskoden passer ikke til sikkerhedskopien. Den åbnes med den adgangskode, du havde, da kopien blev taget.</source>
        <translation>The password does not match the backup. It opens with the password you had when the copy was taken.</translation>
    </message>
</context>
<context>
    <name>CellPanel</name>
    <message>
        <location filename="../../narrativ/ui/seen/cells.py" line="+26"/>
        <source>Narrativer i ugen</source>
        <translation>Narratives in the week</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <location line="+25"/>
        <source>Skriv &amp;om barnet</source>
        <translation>Write &amp;about the child</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+12"/>
        <source>Henter …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skriv &amp;om %1</source>
        <translation>Write &amp;about %1</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Klik på en uge i oversigten for at se narrativerne bag tallet.</source>
        <translation>Click a week in the overview to see the narratives behind the number.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Narrativer i en uge</source>
        <translation>Narratives in a week</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, uge %2 (%3–%4)</source>
        <translation>%1, week %2 (%3–%4)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 i perioden</source>
        <translation>%1 in the period</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>1 narrativ om fællesskabet.</source>
        <translation>1 narrative about the community.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 narrativer om fællesskabet.</source>
        <translation>%1 narratives about the community.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+6"/>
        <source>fællesskab</source>
        <translation>community</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../../narrativ/ui/child_page.py" line="+25"/>
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
        <location line="+1"/>
        <source>&amp;Handleplaner …</source>
        <translation>Action &amp;plans …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Barn:</source>
        <translation>&amp;Child:</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>Antal narrativer: %n (nyeste først)</source>
        <translation>
            <numerusform>%n narrative (newest first)</numerusform>
            <numerusform>%n narratives (newest first)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../narrativ/ui/editor/conflict.py" line="+44"/>
        <source>Narrativen er gemt et andet sted</source>
        <translation>The narrative was saved elsewhere</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Narrativen er blevet gemt et andet sted, efter du åbnede den. Begge tekster står herunder; vælg, hvad der skal ske. Intet er tabt endnu.</source>
        <translation>The narrative was saved elsewhere after you opened it. Both texts are shown below; choose what should happen. Nothing is lost yet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Din tekst (ikke gemt)</source>
        <translation>Your text (not saved)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Den gemte tekst (kl. %1)</source>
        <translation>The saved text (at %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Behold begge: gem min som ny kladde</source>
        <translation>Keep both: save mine as a new draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gem min tekst ovenpå</source>
        <translation>Save my text over it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Den gemte tekst bliver i narrativens historik.</source>
        <translation>The saved text stays in the narrative&apos;s history.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tilbage til min tekst</source>
        <translation>Back to my text</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../narrativ/ui/connection_dialog.py" line="+70"/>
        <source>Hvor ligger jeres data?</source>
        <translation>Where are your data?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vælg, hvor Narrativ på denne pc henter jeres narrativer fra. Valget huskes på pc&apos;en, indtil det bliver ændret her.</source>
        <translation>Choose where Narrativ on this PC gets your narratives from. The choice is remembered on this PC until it is changed here.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>En &amp;databasefil på denne pc</source>
        <translation>A &amp;database file on this PC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Databasefil</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vælg fil …</source>
        <translation>&amp;Choose file …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard er filen i Narrativs datamappe: %1</source>
        <translation>The default is the file in Narrativ&apos;s data folder: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Institutionsserveren</source>
        <translation>The &amp;institution server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serveradresse</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adressen får I af kommunens it-afdeling. Skriv ikke din adgangskode i adressen: du skriver den, hver gang du låser op, og den bliver aldrig gemt.</source>
        <translation>The municipality&apos;s IT department gives you the address. Do not put your password in the address: you type it each time you unlock, and it is never saved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Prøv forbindelsen</source>
        <translation>&amp;Test the connection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resultat af forbindelsesprøven</source>
        <translation>Result of the connection test</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Besked</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Brug</source>
        <translation>&amp;Use</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Vælg databasefilen</source>
        <translation>Choose the database file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Narrativ-databaser (*.db);;Alle filer (*)</source>
        <translation>Narrativ databases (*.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Prøver at nå %1 …</source>
        <translation>Trying to reach %1 …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✓ Serveren svarer. Du skriver dit login og din adgangskode, når du låser op.</source>
        <translation>✓ The server answers. You type your login and your password when you unlock.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serveren kan ikke nås. Tjek netværket og adressen (servernavn og port).</source>
        <translation>The server cannot be reached. Check the network and the address (server name and port).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serveren svarer, men forbindelsen kunne ikke krypteres, eller serverens certifikat blev ikke godkendt (sslmode, sslrootcert). Spørg kommunens it-afdeling.</source>
        <translation>The server answers, but the connection could not be encrypted or the server&apos;s certificate was not accepted (sslmode, sslrootcert). Ask the municipality&apos;s IT department.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Serveren svarer, men tager ikke imod forbindelser fra denne pc. Spørg kommunens it-afdeling.</source>
        <translation>The server answers but does not accept connections from this PC. Ask the municipality&apos;s IT department.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Der findes ingen Narrativ-database i %1.</source>
        <translation>There is no Narrativ database at %1.</translation>
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
    <name>DataProtectionPage</name>
    <message>
        <location filename="../../narrativ/ui/admin/page.py" line="+28"/>
        <location line="+7"/>
        <source>Databeskyttelse</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lo&amp;gning</source>
        <translation>Audit lo&amp;g</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sl&amp;etning</source>
        <translation>&amp;Erasure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In&amp;dsigt</source>
        <translation>Right of &amp;access</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;kkerhedskopier</source>
        <translation>&amp;Backups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvem har gjort hvad og hvornår</source>
        <translation>Who did what, and when</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Børn, hvis slettefrist er overskredet</source>
        <translation>Children whose deletion deadline has passed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indsigtsret: alt om ét barn til forældrene</source>
        <translation>Right of access: everything about one child, for the parents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sikkerhedskopier og gendannelsesprøve</source>
        <translation>Backups and restore tests</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../narrativ/ui/desk.py" line="+56"/>
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
        <location line="+4"/>
        <source>Start</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv</source>
        <translation>Write</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine narrativer</source>
        <translation>My narratives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Børn</source>
        <translation>Children</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationer</source>
        <translation>Relations</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Teamoverblik</source>
        <translation>Team overview</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hvem ser vi?</source>
        <translation>Who do we see?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Databeskyttelse</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <location line="+255"/>
        <source>Jeres data ligger på institutionsserveren. Kommunens it-afdeling tager sikkerhedskopierne.</source>
        <translation>Your data are on the institution server. The municipality&apos;s IT department makes the backups.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Har du glemt din adgangskode til serveren, giver serverens administrator (typisk kommunens it-afdeling) dig en ny.</source>
        <translation>If you have forgotten your password for the server, the server&apos;s administrator (usually the municipality&apos;s IT department) gives you a new one.</translation>
    </message>
</context>
<context>
    <name>EdgePanel</name>
    <message>
        <location filename="../../narrativ/ui/relations/panels.py" line="+85"/>
        <source>Narrativer bag forbindelsen</source>
        <translation>Narratives behind the link</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Narrativer bag en forbindelse</source>
        <translation>Narratives behind a link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klik på en streg mellem to børn for at se de narrativer, de er med i.</source>
        <translation>Click a line between two children to see the narratives they are in.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 og %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Henter …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Med i 1 narrativ i perioden.</source>
        <translation>Together in 1 narrative in the period.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Med i %1 narrativer i perioden.</source>
        <translation>Together in %1 narratives in the period.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../narrativ/ui/admin/erasure_page.py" line="+55"/>
        <source>Slet %1</source>
        <translation>Erase %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 og alt, hvad der er registreret om barnet, bliver slettet: narrativer, hvor barnet er eneste fokusbarn, samtykker og udleveringer. I andre narrativer bliver barnets navn maskeret. Logningen beholder kun, at barnet er slettet.</source>
        <translation>%1 and everything recorded about the child will be erased: narratives where the child is the only focus child, consents and handouts given out. In other narratives, the child’s name will be masked. The audit log keeps only the fact that the child was erased.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sletningen kan ikke gøres om.</source>
        <translation>The erasure cannot be undone.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skriv barnets fornavn, %1, for at bekræfte:</source>
        <translation>Type the child’s first name, %1, to confirm:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Barnets fornavn</source>
        <translation>Child’s first name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slet for altid</source>
        <translation>Erase for good</translation>
    </message>
</context>
<context>
    <name>ErasurePage</name>
    <message>
        <location line="+44"/>
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stoppet</source>
        <translation>Left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Måneder siden</source>
        <translation>Months ago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Børn, der skal slettes</source>
        <translation>Children to be erased</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Slet &amp;barnet …</source>
        <translation>Erase the &amp;child …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slet det valgte barn for altid</source>
        <translation>Erase the selected child for good</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resultat af sletningen</source>
        <translation>Result of the erasure</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Henter …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Oplysninger om et barn slettes, når barnet er stoppet for mere end %1 mdr. siden (slettefristen, under Indstillinger). Her er de børn, hvis frist er overskredet. Slet dem én ad gangen; sletningen kan ikke gøres om.</source>
        <translation>Information about a child is erased once the child left more than %1 months ago (the deletion deadline, under Settings). Here are the children whose deadline has passed. Erase them one at a time; erasure cannot be undone.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ingen børn har overskredet slettefristen.</source>
        <translation>No children are past the deletion deadline.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sletter %1 …</source>
        <translation>Erasing %1 …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 er slettet. Narrativer slettet: %2. Narrativer, hvor navnet er maskeret: %3. Søgeindekset og databasefilen er ryddet for teksten.</source>
        <translation>%1 has been erased. Narratives deleted: %2. Narratives with the name masked: %3. The text has been cleared from the search index and the database file.</translation>
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
    <name>GroupHandoutDialog</name>
    <message>
        <location filename="../../narrativ/ui/handouts/dialog.py" line="+450"/>
        <source>Materiale om fællesskaber i %1</source>
        <translation>Material about communities in %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fællesskab</source>
        <translation>Community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle fællesskaber i gruppen</source>
        <translation>All communities in the group</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Fællesskab:</source>
        <translation>&amp;Community:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Materialet er altid anonymt: alle børns navne er udeladt, og hverken institution eller gruppe nævnes.</source>
        <translation>The material is always anonymous: every child&apos;s name is left out, and neither the institution nor the group is named.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fortællinger om fællesskabet</source>
        <translation>Stories about the community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handleplaner for fællesskabet</source>
        <translation>Action plans for the community</translation>
    </message>
</context>
<context>
    <name>GroupOverviewPage</name>
    <message>
        <location filename="../../narrativ/ui/overview_page.py" line="+68"/>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Gem som billede</source>
        <translation>Save as picture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG-billeder (*.png)</source>
        <translation>PNG pictures (*.png)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Billedet kunne ikke gemmes i %1.</source>
        <translation>The picture could not be saved in %1.</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../narrativ/ui/handouts/dialog.py" line="-398"/>
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
        <location line="+9"/>
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
        <location line="+2"/>
        <source>&amp;Periode:</source>
        <translation>Peri&amp;od:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fortællinger (barnet er fokusbarn)</source>
        <translation>Stories (the child is focus child)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Andre børn i teksten</source>
        <translation>Other children in the text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handleplaner i materialet</source>
        <translation>Action plans in the material</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handleplaner (til tværfagligt møde)</source>
        <translation>Action plans (for a cross-professional meeting)</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+75"/>
        <source>afsluttet</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>åben</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ingen handleplaner.</source>
        <translation>No action plans.</translation>
    </message>
    <message>
        <location line="+66"/>
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
        <location line="+55"/>
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
    <name>IsolatedPanel</name>
    <message>
        <location filename="../../narrativ/ui/relations/panels.py" line="-84"/>
        <source>Børn uden registrerede relationer i perioden</source>
        <translation>Children with no recorded relations in the period</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Alle børn i gruppen er skrevet om sammen med mindst ét andet barn.</source>
        <translation>Every child in the group has been written about together with at least one other child.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 barn er ikke skrevet om sammen med andre børn.</source>
        <translation>1 child has not been written about together with other children.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 børn er ikke skrevet om sammen med andre børn.</source>
        <translation>%1 children have not been written about together with other children.</translation>
    </message>
</context>
<context>
    <name>LeaderPage</name>
    <message>
        <location filename="../../narrativ/ui/first_run.py" line="+9"/>
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
        <location filename="../../narrativ/ui/main_window.py" line="+93"/>
        <source>Brug en server …</source>
        <translation>Use a server …</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Databasen er beskadiget</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Narrativ har fundet fejl i databasen. Skriv ikke mere i den. Bed lederen om at gendanne den nyeste sikkerhedskopi (kommandoen «narrativ restore»); den nuværende fil bliver gemt ved siden af.</source>
        <translation>Narrativ has found errors in the database. Do not write any more in it. Ask the leader to restore the newest backup (the command «narrativ restore»); the current file is kept beside it.</translation>
    </message>
    <message>
        <location line="+53"/>
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
        <location filename="../../narrativ/ui/editor/form.py" line="+73"/>
        <location line="+251"/>
        <source>Ny narrativ</source>
        <translation>New narrative</translation>
    </message>
    <message>
        <location line="-247"/>
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
        <location line="+10"/>
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
        <location line="-22"/>
        <source>Fællesskabet er i &amp;fokus:</source>
        <translation>The community is in f&amp;ocus:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fortællingen handler om gruppen eller en flok børn, ikke om ét barn</source>
        <translation>The narrative is about the group or a bunch of children, not about one child</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hele gruppen</source>
        <translation>the whole group</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>de store</source>
        <translation>the older ones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>de små</source>
        <translation>the little ones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fællesskab i fokus</source>
        <translation>Community in focus</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Hvornår:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Fokusbarn:</source>
        <translation>&amp;Focus children:</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+11"/>
        <source>Fortælle&amp;type:</source>
        <translation>Story &amp;type:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+79"/>
        <source>Fortælling</source>
        <translation>Story</translation>
    </message>
    <message>
        <location line="-79"/>
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
        <location line="+97"/>
        <source>Ændret – gemmes om lidt</source>
        <translation>Changed – saving shortly</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Kladden gemmes af sig selv, mens du skriver.</source>
        <translation>The draft saves itself as you write.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Narrativ fra %1</source>
        <translation>Narrative from %1</translation>
    </message>
    <message>
        <location line="+35"/>
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
        <location line="+41"/>
        <source>Ikke gemt: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gemt kl. %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ikke gemt: en nyere udgave er gemt et andet sted.</source>
        <translation>Not saved: a newer version was saved elsewhere.</translation>
    </message>
    <message>
        <location line="+40"/>
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
    <name>NarrativeListPanel</name>
    <message>
        <location filename="../../narrativ/ui/side_list.py" line="+49"/>
        <source>Å&amp;bn</source>
        <translation>&amp;Open</translation>
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
    <name>PlansDialog</name>
    <message>
        <location filename="../../narrativ/ui/plans/dialog.py" line="+88"/>
        <source>Handleplaner for fællesskaber i %1</source>
        <translation>Action plans for communities in %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handleplaner for %1</source>
        <translation>Action plans for %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hele gruppen</source>
        <translation>The whole group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fællesskab</source>
        <translation>Community</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handleplaner</source>
        <translation>Action plans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handleplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Det vil vi gerne se mere af – skrevet som en styrke</source>
        <translation>What we would like to see more of – written as a strength</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det vil vi se mere af</source>
        <translation>What we want to see more of</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <location line="+73"/>
        <source>Det gør vi</source>
        <translation>What we do</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opfølgning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;pret handleplan</source>
        <translation>Create action &amp;plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ny handleplan</source>
        <translation>New action plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fællesskab:</source>
        <translation>&amp;Community:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mere af:</source>
        <translation>&amp;More of:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Det gør vi:</source>
        <translation>What &amp;we do:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hvem:</source>
        <translation>W&amp;ho:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Opfølgning:</source>
        <translation>&amp;Follow-up:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hvad er der sket siden sidst?</source>
        <translation>What has happened since last time?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Opfølgning på den valgte plan</source>
        <translation>Follow-up on the selected plan</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Næste opfølgning</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skriv opfølgning</source>
        <translation>Write follo&amp;w-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afslut &amp;planen</source>
        <translation>Close the &amp;plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Næste gang:</source>
        <translation>&amp;Next time:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Luk</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;dskriv planen …</source>
        <translation>&amp;Print the plan …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gem planen som PDF …</source>
        <translation>&amp;Save the plan as PDF …</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Det vil vi gerne se mere af</source>
        <translation>What we would like to see more of</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hvem:</source>
        <translation>Who:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opfølgning:</source>
        <translation>Follow-up:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bygger på:</source>
        <translation>Builds on:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>afsluttet</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>åben</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Gem handleplan</source>
        <translation>Save action plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handleplan - %1.pdf</source>
        <translation>Action plan - %1.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Handleplanen kunne ikke gemmes i %1.</source>
        <translation>The action plan could not be saved in %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gemt: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Handleplanen kunne ikke sendes til printeren.</source>
        <translation>The action plan could not be sent to the printer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sendt til printeren.</source>
        <translation>Sent to the printer.</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <location filename="../../narrativ/ui/guide/question_of_the_day.py" line="+76"/>
        <source>Dagens spørgsmål</source>
        <translation>Question of the day</translation>
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
    <name>RelationGraphWidget</name>
    <message>
        <location filename="../../narrativ/ui/relations/graph.py" line="+95"/>
        <source>Relationer mellem børnene</source>
        <translation>Relations between the children</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tab og piletasterne går fra forbindelse til forbindelse, de stærkeste først. Enter viser narrativerne bag forbindelsen.</source>
        <translation>Tab and the arrow keys move from link to link, strongest first. Enter shows the narratives behind the link.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Ingen registrerede relationer i perioden</source>
        <translation>No recorded relations in the period</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>1 narrativ</source>
        <translation>1 narrative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 narrativer</source>
        <translation>%1 narratives</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 og %2: %3</source>
        <translation>%1 and %2: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ingen registrerede relationer i perioden</source>
        <translation>no recorded relations in the period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skrevet sammen med 1 barn</source>
        <translation>written about with 1 child</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skrevet sammen med %1 børn</source>
        <translation>written about with %1 children</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 i perioden, %3</source>
        <translation>%1: %2 in the period, %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>En streg: de to børn er med i samme narrativ om barn–barn-relationer; jo tykkere og mørkere, jo flere narrativer. Tallet står på stregen fra %1.</source>
        <translation>A line: the two children are in the same narrative about child–child relationships; the thicker and darker, the more narratives. Lines with %1 or more show the number.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cirklen: jo større, jo flere narrativer med barnet (tallet i cirklen). Stiplet cirkel: ingen registrerede relationer i perioden.</source>
        <translation>The circle: the larger, the more narratives with the child (the number in the circle). Dashed circle: no recorded relations in the period.</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Ingen narrativer om barn–barn-relationer i perioden.</source>
        <translation>No narratives about child–child relationships in the period.</translation>
    </message>
</context>
<context>
    <name>RelationPage</name>
    <message>
        <location filename="../../narrativ/ui/relations/page.py" line="+157"/>
        <source>Relationer på stuen</source>
        <translation>Relations in the group</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hvem skriver vi om sammen? En streg forbinder to børn, der er med i samme narrativ om barn–barn-relationer. Børn uden streger står for sig selv. Klik på en streg for at se narrativerne bag den.</source>
        <translation>Who do we write about together? A line joins two children who are in the same narrative about child–child relationships. Children without lines stand on their own. Click a line to see the narratives behind it.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Fra dato</source>
        <translation>From date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Til dato</source>
        <translation>To date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Hele perioden</source>
        <translation>&amp;Whole period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle delte narrativer, uanset dato</source>
        <translation>All shared narratives, whatever the date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gr&amp;uppe:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fra:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Til:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Gem som billede …</source>
        <translation>&amp;Save as image …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;dskriv …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hand&amp;leplaner for fællesskaber …</source>
        <translation>Action p&amp;lans for communities …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Materiale om fællesskaber …</source>
        <translation>&amp;Material about communities …</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Fællesskaber i gruppen</source>
        <translation>Communities in the group</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Fra-datoen ligger efter til-datoen.</source>
        <translation>The from date is after the to date.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Henter …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Der er ingen grupper, du kan se relationerne i.</source>
        <translation>There are no groups whose relations you can see.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>1 narrativ om barn–barn-relationer i perioden.</source>
        <translation>1 narrative about child–child relationships in the period.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 narrativer om barn–barn-relationer i perioden.</source>
        <translation>%1 narratives about child–child relationships in the period.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Periode: alle datoer</source>
        <translation>Period: all dates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Periode: til %1</source>
        <translation>Period: up to %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Periode: fra %1</source>
        <translation>Period: from %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Periode: %1–%2</source>
        <translation>Period: %1–%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Relationer på stuen – %1</source>
        <translation>Relations in the group – %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dannet %1</source>
        <translation>made %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fortroligt: indeholder oplysninger om børn. Opbevar og kassér det som sådan.</source>
        <translation>Confidential: contains information about children. Store and dispose of it accordingly.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Relationer - %1 - %2.png</source>
        <translation>Relations - %1 - %2.png</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Printeren kunne ikke startes.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sendt til printeren.</source>
        <translation>Sent to the printer.</translation>
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
        <location filename="../../narrativ/ui/seen/grid.py" line="+133"/>
        <source>Børn og uger</source>
        <translation>Children and weeks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Piletasterne flytter mellem børn og uger. Enter viser narrativerne i en uge eller, på et navn, skriver om barnet.</source>
        <translation>The arrow keys move between children and weeks. Enter shows the narratives of a week or, on a name, starts writing about the child.</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+526"/>
        <source>i alt</source>
        <translation>total</translation>
    </message>
    <message>
        <location line="-517"/>
        <location line="+522"/>
        <source>ikke set i</source>
        <translation>not seen for</translation>
    </message>
    <message>
        <location line="-499"/>
        <location line="+482"/>
        <source>uge %1</source>
        <translation>week %1</translation>
    </message>
    <message>
        <location line="-451"/>
        <source>Fællesskaber</source>
        <translation>Communities</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fællesskaber: ingen narrativer om fællesskaber i perioden</source>
        <translation>Communities: no narratives about communities in the period</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+9"/>
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
        <location line="+12"/>
        <source>Senest: %1</source>
        <translation>Latest: %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Klik eller tryk Enter for at skrive om barnet.</source>
        <translation>Click or press Enter to write about the child.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: 1 narrativ om fællesskabet i perioden.</source>
        <translation>%1: 1 narrative about the community in the period.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 narrativer om fællesskabet i perioden.</source>
        <translation>%1: %2 narratives about the community in the period.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Klik eller tryk Enter for at se narrativerne.</source>
        <translation>Click or press Enter to see the narratives.</translation>
    </message>
    <message>
        <location line="+243"/>
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
        <location filename="../../narrativ/ui/seen/page.py" line="+131"/>
        <source>Hvem ser vi?</source>
        <translation>Who do we see?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hvem skriver vi om, og hvem ikke? Børn, ingen har skrevet om længe, står øverst. Klik på en uge for at se narrativerne, på et navn for at skrive.</source>
        <translation>Who do we write about, and who not? Children nobody has written about for a long time are at the top. Click a week to see its narratives, or a name to write.</translation>
    </message>
    <message>
        <location line="-43"/>
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
        <location line="+1"/>
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
        <location line="+71"/>
        <source>Henter …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Der er ingen grupper endnu.</source>
        <translation>There are no groups yet.</translation>
    </message>
    <message>
        <location line="+86"/>
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
        <location line="+14"/>
        <source>Hvem ser vi - %1 - %2.png</source>
        <translation>Who do we see - %1 - %2.png</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../narrativ/ui/settings_dialog.py" line="+54"/>
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
        <location line="+264"/>
        <source>Mappe til sikkerhedskopier</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location line="-263"/>
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
        <location line="+5"/>
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gælder for dig på denne pc, fra næste gang du starter</source>
        <translation>Applies to you on this PC, from the next time you start Narrativ</translation>
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
        <location line="+3"/>
        <source>&amp;Sikkerhedskopier i:</source>
        <translation>&amp;Backups in:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Behold:</source>
        <translation>&amp;Keep:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sikkerhedskopier: jeres data ligger på institutionsserveren, og kommunens it-afdeling tager kopierne.</source>
        <translation>Backups: your data are on the institution server, and the municipality&apos;s IT department makes the backups.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;lettefrist:</source>
        <translation>&amp;Deletion deadline:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lo&amp;gning gemmes i:</source>
        <translation>Audit log ke&amp;pt for:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ikke set efter:</source>
        <translation>&amp;Not seen after:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Situationer:</source>
        <translation>&amp;Situations:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Generelt</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Situationer og tags</source>
        <translation>Situations and tags</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Egne tags</source>
        <translation>Own tags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Navn på tag</source>
        <translation>Tag name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fx sprogstimulering</source>
        <translation>e.g. language stimulation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tilføj</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilføj navnet som et nyt tag</source>
        <translation>Add the name as a new tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Omdøb</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Giv det valgte tag navnet. Narrativerne med tagget får det nye navn.</source>
        <translation>Give the selected tag this name. The narratives that have the tag show the new name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Egne tags:</source>
        <translation>Own &amp;tags:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Husets egne tags står i editoren sammen med de seks læreplanstemaer. Et tag, der er sat ud af brug, kan ikke vælges til nye narrativer, men bliver stående på dem, der allerede har det.</source>
        <translation>The institution&apos;s own tags appear in the editor together with the six curriculum themes. A tag set out of use can no longer be chosen for new narratives, but stays on those that already have it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 (nyt)</source>
        <translation>%1 (new)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (hed før %2)</source>
        <translation>%1 (was %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 – sat ud af brug</source>
        <translation>%1 – out of use</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Står på 1 narrativ</source>
        <translation>On 1 narrative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Står på %1 narrativer</source>
        <translation>On %1 narratives</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Fjern</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fjern det nye tag igen</source>
        <translation>Take the new tag out again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&amp;rug igen</source>
        <translation>Use a&amp;gain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tagget kan vælges igen i editoren</source>
        <translation>The tag can be chosen in the editor again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sæt &amp;ud af brug</source>
        <translation>Set &amp;out of use</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tagget kan ikke vælges til nye narrativer, men bliver på de gamle</source>
        <translation>The tag can no longer be chosen for new narratives, but stays on the old ones</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>S&amp;prog:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
</context>
<context>
    <name>SpreadWidget</name>
    <message>
        <location filename="../../narrativ/ui/seen/spread.py" line="+44"/>
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
    <name>StartPage</name>
    <message>
        <location filename="../../narrativ/ui/guide/start_page.py" line="-225"/>
        <source>Hej %1</source>
        <translation>Hello %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Her er det vigtigste, når du skal i gang med at skrive narrativer.</source>
        <translation>Here is what matters most when you start writing narratives.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skriv en narrativ</source>
        <translation>Write a narrative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ny narrativ (Ctrl+N)</source>
        <translation>New narrative (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hurtig note</source>
        <translation>Quick note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv det vigtigste nu og gør det færdigt senere (Ctrl+Shift+N)</source>
        <translation>Write down what matters most now and finish it later (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Din første narrativ i tre trin</source>
        <translation>Your first narrative in three steps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vælg gruppe og dato, og tilføj det barn, fortællingen handler om, som fokusbarn.</source>
        <translation>Choose the group and date, and add the child the story is about as a focus child.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv, hvad der skete – konkret, som du så og hørte det. Refleksion og næste skridt kan vente til senere.</source>
        <translation>Write what happened – concretely, as you saw and heard it. Reflection and next steps can wait until later.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kladden gemmes af sig selv, mens du skriver. Når du er klar, trykker du på »Del med kolleger«.</source>
        <translation>The draft saves itself as you write. When you are ready, press “Share with colleagues”.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sådan skriver du en narrativ</source>
        <translation>How to write a narrative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De fire måder at skrive på, ord du kan undgå, og tre eksempler</source>
        <translation>The four ways of writing, words you can avoid, and three examples</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Handleplaner til opfølgning</source>
        <translation>Action plans due for follow-up</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Dagens spørgsmål til personalemødet</source>
        <translation>Question of the day for the staff meeting</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Læs spørgsmålet højt på mødet, og lad hver især svare med en konkret situation fra hverdagen.</source>
        <translation>Read the question aloud at the meeting, and let everyone answer with a concrete situation from everyday life.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Udskriv spørgsmålskort …</source>
        <translation>&amp;Print question cards …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle spørgsmål som kort til at klippe ud, gemt som PDF</source>
        <translation>All the questions as cards to cut out, saved as a PDF</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sådan passer vi på oplysningerne</source>
        <translation>How we look after the information</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gendannelsesarket med institutionens gendannelseskode ligger i institutionens pengeskab. Det bruges kun, hvis alle ledere har glemt deres adgangskode. Har du glemt din egen, giver lederen dig en ny.</source>
        <translation>The recovery sheet with the institution’s recovery code is kept in the institution’s safe. It is only used if every leader has forgotten their password. If you have forgotten your own, your leader will give you a new one.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lås Narrativ, når du går fra pc&apos;en (Ctrl+L). Narrativ låser også selv, når ingen har brugt den et stykke tid.</source>
        <translation>Lock Narrativ when you leave the PC (Ctrl+L). Narrativ also locks itself when nobody has used it for a while.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sikkerhedskopier gemmes i %1.</source>
        <translation>Backups are saved in %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Der er ikke valgt en mappe til sikkerhedskopier endnu – vælg den under Indstillinger.</source>
        <translation>No backup folder has been chosen yet – choose one under Settings.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Der er ikke valgt en mappe til sikkerhedskopier endnu – lederen vælger den under Indstillinger.</source>
        <translation>No backup folder has been chosen yet – the leader chooses it under Settings.</translation>
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
        <location filename="../../narrativ/ui/team/model.py" line="+52"/>
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
        <location filename="../../narrativ/ui/team/view.py" line="+92"/>
        <source>Teamoverblik</source>
        <translation>Team overview</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Antal fundne narrativer</source>
        <translation>Number of narratives found</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Narrativer i huset</source>
        <translation>Narratives in the institution</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Læsevisning</source>
        <translation>Reading view</translation>
    </message>
    <message>
        <location line="+129"/>
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
        <location filename="../../narrativ/ui/unlock_screen.py" line="+63"/>
        <source>Narrativ er låst</source>
        <translation>Narrativ is locked</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Vælg dig selv på listen, og skriv din adgangskode.</source>
        <translation>Choose your name from the list and type your password.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Skriv for at finde dit navn</source>
        <translation>Type to find your name</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kift database …</source>
        <translation>Chan&amp;ge database …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vælg en anden databasefil eller institutionsserveren på denne pc</source>
        <translation>Choose another database file or the institution server on this PC</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find dit navn</source>
        <translation>Find your name</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Medarbejdere</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dit login på serveren</source>
        <translation>Your login on the server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fx pia_p</source>
        <translation>e.g. pia_p</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <source>Dit &amp;login på serveren:</source>
        <translation>Your &amp;login on the server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Adgangskode:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Skriv dit login på serveren og din adgangskode.</source>
        <translation>Type your login on the server and your password.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Databasefil: %1</source>
        <translation>Database file: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>En ny adgangskode til serveren får du af serverens administrator (typisk kommunens it-afdeling). Spørg lederen, hvis du er i tvivl.</source>
        <translation>A new password for the server comes from the server&apos;s administrator (usually the municipality&apos;s IT department). Ask your leader if in doubt.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Vælg dit navn på listen først.</source>
        <translation>Choose your name from the list first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>Skriv din adgangskode.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Låser op …</source>
        <translation>Unlocking …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skriv dit login på serveren.</source>
        <translation>Type your login on the server.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Forbinder til %1 …</source>
        <translation>Connecting to %1 …</translation>
    </message>
    <message>
        <location line="+44"/>
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
<context>
    <name>WritingGuide</name>
    <message>
        <location filename="../../narrativ/ui/guide/writing_guide.py" line="+249"/>
        <location line="+5"/>
        <source>Sådan skriver du en narrativ</source>
        <extracomment>Anchors of the guide&apos;s sections, in order, for ``WritingGuide.show_section``.</extracomment>
        <translation>How to write a narrative</translation>
    </message>
</context>
<context>
    <name>WritingGuideDialog</name>
    <message>
        <location line="+36"/>
        <source>Sådan skriver du en narrativ</source>
        <translation>How to write a narrative</translation>
    </message>
</context>
</TS>
