<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="sv_SE">
<context>
    <name></name>
    <message>
        <location filename="../../src/routine_builder/ui/window/actions.py" line="+140"/>
        <source>&amp;Nytt område…</source>
        <translation>&amp;New area…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skapa ett område från katalogen</source>
        <translation>Create an area from the catalogue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ny &amp;arbetsyta…</source>
        <translation>New &amp;workspace…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skapa en ny arbetsyta i en mapp</source>
        <translation>Create a new workspace in a folder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Öppna arbetsyta…</source>
        <translation>&amp;Open workspace…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öppna en arbetsyta (en mapp)</source>
        <translation>Open a workspace (a folder)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spara området nu</source>
        <translation>Save the area now</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Spara &amp;version…</source>
        <translation>Save &amp;version…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spara ett numrerat versionsexemplar med en kommentar</source>
        <translation>Save a numbered version with a comment</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Exportera rutin…</source>
        <translation>&amp;Export routine…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skapa Word-rutinen för området</source>
        <translation>Create the Word routine for the area</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spara och avsluta programmet</source>
        <translation>Save and quit the program</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Ångra</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ångra den senaste ändringen</source>
        <translation>Undo the last change</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Gör om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gör om det som ångrades</source>
        <translation>Redo what was undone</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Sök…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sök i frågor och svar</source>
        <translation>Search questions and answers</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Dokumentuppgifter…</source>
        <translation>&amp;Document details…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status, version, fastställd av och giltighet</source>
        <translation>Status, version, adopted by and validity</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Inställningar…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Språk, utseende och autospara</source>
        <translation>Language, appearance and autosave</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Nästa avsnitt</source>
        <translation>&amp;Next section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gå till nästa avsnitt</source>
        <translation>Go to the next section</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Föregående avsnitt</source>
        <translation>&amp;Previous section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gå till föregående avsnitt</source>
        <translation>Go to the previous section</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nästa obligatoriska som &amp;saknas</source>
        <translation>Next required &amp;missing answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gå till nästa obligatoriska fråga utan svar, i alla avsnitt</source>
        <translation>Go to the next required question without an answer, in all sections</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Jämför…</source>
        <translation>&amp;Compare…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jämför versioner eller områden sida vid sida</source>
        <translation>Compare versions or areas side by side</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Jämför ett svar mellan &amp;områden…</source>
        <translation>Compare an answer across &amp;areas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa alla områdens svar på samma fråga sida vid sida</source>
        <translation>Show every area&apos;s answer to the same question side by side</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Förhands&amp;granska kapitlet</source>
        <translation>Pre&amp;view chapter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa kapitlet du skriver i så som det blir i rutinen</source>
        <translation>Show the chapter you are writing as it will read in the routine</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Kom igång…</source>
        <translation>&amp;Getting started…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vad programmet är till för, och hur ni börjar</source>
        <translation>What the program is for, and how to begin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Om Routine Builder</source>
        <translation>&amp;About Routine Builder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version och licens</source>
        <translation>Version and licence</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>&amp;Fastställ…</source>
        <translation>&amp;Adopt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anteckna att en sparad version är fastställd: av vem, när och hur länge den gäller</source>
        <translation>Record that a saved version is adopted: by whom, when and for how long it is valid</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Exportera för &amp;remiss…</source>
        <translation>Export for &amp;consultation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skapa en Word-fil som granskare kommenterar och ändrar i, och som går att importera igen</source>
        <translation>Create a Word file that reviewers comment on and edit, and that can be imported again</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Importera remissvar…</source>
        <translation>&amp;Import consultation replies…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Läs in granskade remissfiler: kommentarer och ändringar hamnar på sina frågor</source>
        <translation>Read reviewed consultation files: comments and changes land on their questions</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Nästa öppna &amp;remissvar</source>
        <translation>Next open &amp;consultation reply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gå till nästa remissvar som inte är hanterat</source>
        <translation>Go to the next consultation reply that has not been handled</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Senaste arbetsytor</source>
        <translation>&amp;Recent workspaces</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gå till</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Versioner</source>
        <translation>&amp;Versions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/routine_builder/ui/window/area_commands.py" line="+64"/>
        <source>Välj en tom mapp för den nya arbetsytan</source>
        <translation>Choose an empty folder for the new workspace</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arbetsytan kunde inte skapas</source>
        <translation>The workspace could not be created</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Områdeskatalogen kunde inte läsas</source>
        <translation>The area catalogue could not be read</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Området kunde inte skapas</source>
        <translation>The area could not be created</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Versionen sparades inte eftersom utkastet inte kunde sparas.</source>
        <translation>The version was not saved because the draft could not be saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spara version</source>
        <translation>Save version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kommentar till versionen (t.ex. &apos;Remissversion&apos;):</source>
        <translation>Comment on the version (e.g. &apos;Consultation version&apos;):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Versionen kunde inte sparas</source>
        <translation>The version could not be saved</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version {number} sparad.</source>
        <translation>Version {number} saved.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fastställ</source>
        <translation>Adopt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Utkastet måste kunna sparas innan rutinen fastställs.</source>
        <translation>The draft must be saved before the routine is adopted.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rutinen kunde inte fastställas</source>
        <translation>The routine could not be adopted</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Version {number} är fastställd. Utkastet skiljer sig från den och är under revidering.</source>
        <translation>Version {number} is adopted. The draft differs from it and is under revision.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version {number} är fastställd.</source>
        <translation>Version {number} is adopted.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Återställ version</source>
        <translation>Restore version</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Utkastet måste kunna sparas innan en version återställs.</source>
        <translation>The draft must be saved before a version can be restored.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Göra version {number} till utkast? Det nuvarande utkastet sparas först som en egen version.</source>
        <translation>Make version {number} the draft? The current draft is first saved as a version of its own.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Versionen kunde inte återställas</source>
        <translation>The version could not be restored</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Jämför</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{area} har inga sparade versioner ännu, så det finns inget att jämföra utkastet med.</source>
        <translation>{area} has no saved versions yet, so there is nothing to compare the draft with.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spara en version med Versioner › Spara version (Ctrl+Skift+S).</source>
        <translation>Save a version with Versions › Save version (Ctrl+Shift+S).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jämför med ett annat område</source>
        <translation>Compare with another area</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+52"/>
        <source>Versionen kunde inte öppnas</source>
        <translation>The version could not be opened</translation>
    </message>
    <message>
        <location filename="../../src/routine_builder/ui/compare/render.py" line="+45"/>
        <location filename="../../src/routine_builder/ui/review/review_detail.py" line="+23"/>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Motivering</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inget svar</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{area}, version {number} ({date})</source>
        <translation>{area}, version {number} ({date})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{area}, utkastet (nu)</source>
        <translation>{area}, the draft (now)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{area}, utkast ({date})</source>
        <translation>{area}, draft ({date})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Olika</source>
        <translation>Different</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bara i {area}</source>
        <translation>Only in {area}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ändrad</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tillagd</source>
        <translation>Added</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Borttagen</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} olika</source>
        <translation>{n} different</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>{n} bara i {area}</source>
        <translation>{n} only in {area}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 ändrad</source>
        <translation>1 changed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} ändrade</source>
        <translation>{n} changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 tillagd</source>
        <translation>1 added</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} tillagda</source>
        <translation>{n} added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 borttagen</source>
        <translation>1 removed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} borttagna</source>
        <translation>{n} removed</translation>
    </message>
    <message>
        <location filename="../../src/routine_builder/ui/compare/sources.py" line="+52"/>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Utkastet (nu)</source>
        <translation>The draft (now)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version {0} – {1:%Y-%m-%d} – {2}</source>
        <translation>Version {0} – {1:%Y-%m-%d} – {2}</translation>
    </message>
    <message>
        <location filename="../../src/routine_builder/ui/area/open_area.py" line="+179"/>
        <source>Området kunde inte tas över: {user} är aktiv igen.</source>
        <translation>The area could not be taken over: {user} is active again.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>någon annan</source>
        <translation>someone else</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{user} har sparat ändringar i området medan du arbetade. Frågorna nedan har ändrats både av dig och av {user}: välj vilket svar som ska gälla. Alla andra ändringar tas med automatiskt.</source>
        <translation>{user} saved changes to the area while you were working. The questions below were changed both by you and by {user}: choose which answer should apply. All other changes are included automatically.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deras svar ({user})</source>
        <translation>Their answers ({user})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Konfliktkopian kunde inte läsas: {reason}</source>
        <translation>The conflict copy could not be read: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sammanfogning med konfliktkopian {name}</source>
        <translation>merge with the conflict copy {name}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Konfliktkopian {name} skiljer sig från utkastet i frågorna nedan: välj vilket svar som ska gälla. Svar som bara finns i kopian tas med automatiskt.</source>
        <translation>The conflict copy {name} differs from the draft in the questions below: choose which answer should apply. Answers found only in the copy are included automatically.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Konfliktkopian</source>
        <translation>The conflict copy</translation>
    </message>
    <message>
        <location filename="../../src/routine_builder/ui/form/editors/choice_parts.py" line="+26"/>
        <source>Töm</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta bort valet, så att frågan blir obesvarad</source>
        <translation>Take the choice back, so that the question is unanswered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Töm svaret: {question}</source>
        <translation>Clear the answer: {question}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Skriv vilken</source>
        <translation>Say which</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vilken: {choice}</source>
        <translation>Which: {choice}</translation>
    </message>
    <message>
        <location filename="../../src/routine_builder/ui/form/editors/contacts_editor.py" line="+29"/>
        <source>1 rad inklistrad som ny rad.</source>
        <translation>1 row pasted as a new row.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} rader inklistrade som nya rader.</source>
        <translation>{n} rows pasted as new rows.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rubrikraden hoppades över och kolumnerna togs efter sina namn.</source>
        <translation>The header row was skipped and the columns were matched by their names.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lämnades utanför eftersom tabellen saknar kolumnen: {names}.</source>
        <translation>Left out because the table has no such column: {names}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 kolumn längst till höger fick inte plats och lämnades utanför.</source>
        <translation>1 column on the far right did not fit and was left out.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} kolumner längst till höger fick inte plats och lämnades utanför.</source>
        <translation>{n} columns on the far right did not fit and were left out.</translation>
    </message>
    <message>
        <location filename="../../src/routine_builder/ui/area/recovery_offers.py" line="+85"/>
        <source>Osparade ändringar kunde inte läsas: {reason}</source>
        <translation>Unsaved changes could not be read: {reason}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Dina osparade ändringar i {area} finns kvar och erbjuds igen när du kan redigera området.</source>
        <translation>Your unsaved changes in {area} are kept and will be offered again when you can edit the area.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Frågorna nedan har ändrats både i dina osparade ändringar och av någon som sparade området efteråt: välj vilket svar som ska gälla. Dina övriga ändringar återställs som de är.</source>
        <translation>The questions below were changed both in your unsaved changes and by someone who saved the area afterwards: choose which answer applies. Your other changes are restored as they are.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sparat i filen</source>
        <translation>Saved in the file</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+49"/>
        <source>Dina osparade ändringar finns kvar och erbjuds igen nästa gång.</source>
        <translation>Your unsaved changes are kept and will be offered again next time.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>En osparad ändring återställdes.</source>
        <translation>One unsaved change was restored.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} osparade ändringar återställdes.</source>
        <translation>{count} unsaved changes were restored.</translation>
    </message>
    <message>
        <location filename="../../src/routine_builder/ui/review/remiss_commands.py" line="+32"/>
        <source>Exportera för remiss</source>
        <translation>Export for consultation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Utkastet måste kunna sparas först.</source>
        <translation>The draft must be saved first.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+37"/>
        <source>Importera remissvar</source>
        <translation>Import consultation replies</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Word-dokument (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Läser remissvaren…</source>
        <translation>Reading the consultation replies…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file}: inte importerad. {reason}</source>
        <translation>{file}: not imported. {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 fil importerades.</source>
        <translation>1 file was imported.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} filer importerades.</source>
        <translation>{n} files were imported.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 förslag</source>
        <translation>1 proposal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} förslag</source>
        <translation>{n} proposals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 kommentar</source>
        <translation>1 comment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} kommentarer</source>
        <translation>{n} comments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 allmän kommentar</source>
        <translation>1 general comment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} allmänna kommentarer</source>
        <translation>{n} general comments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inga synpunkter</source>
        <translation>no remarks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: {reviewer}, {kinds}.</source>
        <translation>{file}: {reviewer}, {kinds}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 är osäker (svarets markering saknades).</source>
        <translation>1 is uncertain (the answer&apos;s marking was missing).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} är osäkra (svarens markeringar saknades).</source>
        <translation>{n} are uncertain (the answers&apos; markings were missing).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 gäller ett svar som har ändrats sedan remissversionen.</source>
        <translation>1 concerns an answer changed since the consultation version.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} gäller svar som har ändrats sedan remissversionen.</source>
        <translation>{n} concern answers changed since the consultation version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 svar hittades inte i filen.</source>
        <translation>1 answer was not found in the file.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} svar hittades inte i filen.</source>
        <translation>{n} answers were not found in the file.</translation>
    </message>
    <message>
        <location filename="../../src/routine_builder/ui/review/review_detail.py" line="+0"/>
        <source>Förslag</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Allmän kommentar</source>
        <translation>General comment</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>godtagen</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>avslagen</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hanterad</source>
        <translation>handled</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>öppen</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(tomt)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source> (spårade ändringar)</source>
        <translation> (tracked changes)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (ändrat utan spårade ändringar)</source>
        <translation> (edited without tracked changes)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>från {name}</source>
        <translation>from {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fil: {file} (remissvar {number})</source>
        <translation>File: {file} (reply {number})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Konflikt:</source>
        <translation>Conflict:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>svaret har ändrats sedan remissversionen; jämför med det nuvarande svaret.</source>
        <translation>the answer has changed since the consultation version; compare with the current answer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Osäker:</source>
        <translation>Uncertain:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>svarets markering saknades i filen; platsen är bedömd utifrån omgivningen.</source>
        <translation>the answer&apos;s marking was missing in the file; its place was judged from the surrounding text.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Godta ger frågan svaret: {answer}</source>
        <translation>Accept gives the question the answer: {answer}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förslaget läses inte som något av frågans svar; ändra svaret i formuläret.</source>
        <translation>The proposal does not read as any of the question&apos;s answers; change the answer in the form.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> av {name}</source>
        <translation> by {name}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/routine_builder/ui/dialogs/about_dialog.py" line="+20"/>
        <source>Hjälper kommuner och region i Västra Götaland att skriva lokala rutiner för samverkan vid oro för väntat barn, utifrån den länsgemensamma riktlinjen.</source>
        <translation>Helps the municipalities and the region of Västra Götaland write local routines for collaboration when there is concern for an expected child, based on the county-wide guideline.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri programvara under licensen {0}.</source>
        <translation>Free software under the {0} licence.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byggt med Qt {0} och PySide6 {1}.</source>
        <translation>Built with Qt {0} and PySide6 {1}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Om {0}</source>
        <translation>About {0}</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../src/routine_builder/ui/window/actions.py" line="+68"/>
        <source>(inga ännu)</source>
        <translation>(none yet)</translation>
    </message>
</context>
<context>
    <name>AdoptDialog</name>
    <message>
        <location filename="../../src/routine_builder/ui/dialogs/adopt_dialog.py" line="+41"/>
        <source>Fastställ rutinen</source>
        <translation>Adopt the routine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version som fastställs</source>
        <translation>Version to adopt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Utkastet som det är nu (sparas som version {number})</source>
        <translation>The draft as it is now (saved as version {number})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>utan kommentar</source>
        <translation>no comment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {number}, {date}: {comment}</source>
        <translation>Version {number}, {date}: {comment}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fastställd av</source>
        <translation>Adopted by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>t.ex. Styrgruppen för närvårdssamverkan</source>
        <translation>e.g. the steering group for local health care cooperation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Datum för beslutet</source>
        <translation>Date of the decision</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Giltig till</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ägare</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Den som ansvarar för att rutinen hålls aktuell</source>
        <translation>The person responsible for keeping the routine up to date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versionsbeteckning</source>
        <translation>Version label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>t.ex. 2.0</source>
        <translation>e.g. 2.0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fastställd &amp;av:</source>
        <translation>Adopted &amp;by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giltig &amp;till:</source>
        <translation>Valid &amp;until:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ä&amp;gare:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions&amp;beteckning:</source>
        <translation>Version &amp;label:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Den fastställda versionen ändras aldrig. Ändrar ni rutinen efteråt blir det ett nytt utkast under revidering, och den fastställda versionen går fortfarande att exportera.</source>
        <translation>The adopted version never changes. If you change the routine afterwards, that becomes a new draft under revision, and the adopted version can still be exported.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fastställ</source>
        <translation>Adopt</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Ange datumet för beslutet.</source>
        <translation>Enter the date of the decision.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ange vem som fastställer rutinen, till exempel en styrgrupp eller nämnd.</source>
        <translation>Enter who adopts the routine, for example a steering group or a committee.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>”Giltig till” ska vara ett datum efter beslutet.</source>
        <translation>&quot;Valid until&quot; must be a date after the decision.</translation>
    </message>
</context>
<context>
    <name>AreaErrorView</name>
    <message>
        <location filename="../../src/routine_builder/ui/area/area_error_view.py" line="+45"/>
        <source>Området {area} kan inte öppnas</source>
        <translation>The area {area} cannot be opened</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, rad {line}</source>
        <translation>, line {line}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fil: {file}
Fel: {reason}</source>
        <translation>File: {file}
Error: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Området visas skrivskyddat tills filen är rättad. Övriga områden går att använda som vanligt. Rätta filen (eller återställ den från en sparad version) och välj sedan Läs in igen.</source>
        <translation>The area is shown read-only until the file is fixed. The other areas work as usual. Fix the file (or restore it from a saved version) and then choose Reload.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Läs in igen</source>
        <translation>Reload</translation>
    </message>
</context>
<context>
    <name>AreaIdentityBanner</name>
    <message>
        <location filename="../../src/routine_builder/ui/banners/area_identity_banner.py" line="+29"/>
        <source>Rätta svarsfilen</source>
        <translation>Correct the answers file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv mappens namn som områdets id i svarsfilen</source>
        <translation>Write the folder&apos;s name as the area id in the answers file</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Svarsfilen i mappen {folder} anger området ”{stated}” – troligen är mappen en kopia. Programmet arbetar med mappen {folder} och sparar bara där.</source>
        <translation>The answers file in the folder {folder} names the area “{stated}” – the folder is probably a copy. The program works with the folder {folder} and saves only there.</translation>
    </message>
</context>
<context>
    <name>AreaList</name>
    <message>
        <location filename="../../src/routine_builder/ui/panels/area_list.py" line="+122"/>
        <source>&amp;Områden</source>
        <translation>&amp;Areas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Områden (demo)</source>
        <translation>&amp;Areas (demo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Områden</source>
        <translation>Areas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo: påhittade områden och svar. Egen arbetsyta: Arkiv › Ny arbetsyta eller Öppna arbetsyta.</source>
        <translation>Demo: made-up areas and answers. Your own workspace: File › New workspace or Open workspace.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>{area}
Fel i svarsfilen – kan inte redigeras</source>
        <translation>{area}
Error in the answers file – cannot be edited</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Flera områden heter {name}. Det här ligger i mappen ”{folder}”.</source>
        <translation>Several areas are named {name}. This one is in the folder “{folder}”.</translation>
    </message>
</context>
<context>
    <name>AreaPane</name>
    <message>
        <location filename="../../src/routine_builder/ui/window/area_pane.py" line="+113"/>
        <source>Välj ett område i listan till vänster, eller skapa ett nytt med Arkiv › Nytt område.</source>
        <translation>Choose an area in the list on the left, or create a new one with File › New area.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Området stängs inte än: {problem}</source>
        <translation>The area stays open for now: {problem}</translation>
    </message>
</context>
<context>
    <name>AreaSession</name>
    <message>
        <location filename="../../src/routine_builder/ui/area/area_session.py" line="+55"/>
        <source>ändring av svar: {question}</source>
        <translation>answer change: {question}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kopiering av svar: {question}</source>
        <translation>copying of answer: {question}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ändring av dokumentuppgifter</source>
        <translation>document details change</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fastställande av version {number}</source>
        <translation>adoption of version {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>godtaget remissförslag: {question}</source>
        <translation>accepted consultation proposal: {question}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hantering av remissvar: {question}</source>
        <translation>handling of consultation reply: {question}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>återställning av svar</source>
        <translation>answer restore</translation>
    </message>
    <message>
        <location line="+312"/>
        <source>en annan användare</source>
        <translation>another user</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{user} har ändrat samma frågor som du; välj vilka svar som ska gälla</source>
        <translation>{user} has changed the same questions as you; choose which answers should apply</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>sammanfogning med ändringar från {user}</source>
        <translation>merge with changes from {user}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{path}: mappen finns inte längre (är nätverksenheten frånkopplad?)</source>
        <translation>{path}: the folder no longer exists (is the network drive disconnected?)</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../../src/routine_builder/ui/compare/compare_window.py" line="+190"/>
        <source>Vänster sida (äldre)</source>
        <extracomment>Takes an answer into the open area&apos;s draft: (question id, answer, where it comes from).</extracomment>
        <translation>Left side (older)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Höger sida (nyare)</source>
        <translation>Right side (newer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vänster:</source>
        <translation>&amp;Left:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Höger:</source>
        <translation>&amp;Right:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byt &amp;sida</source>
        <translation>&amp;Swap sides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bara ändrade</source>
        <translation>&amp;Only changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◀ Föregående</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nästa ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Föregående ändring (Skift+F8)</source>
        <translation>Previous change (Shift+F8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nästa ändring (F8)</source>
        <translation>Next change (F8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exportera som &amp;Word…</source>
        <translation>Export as &amp;Word…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word-dokument med spårade ändringar</source>
        <translation>Word document with tracked changes</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Exportera som H&amp;TML…</source>
        <translation>Export as H&amp;TML…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stän&amp;g</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stäng jämförelsen (Esc)</source>
        <translation>Close the comparison (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nästa ändring</source>
        <translation>Next change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Föregående ändring</source>
        <translation>Previous change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Jämför: {left} ↔ {right}</source>
        <translation>Compare: {left} ↔ {right}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inga skillnader.</source>
        <translation>No differences.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skillnaderna finns i 1 avsnitt; se rubrikerna nedan.</source>
        <translation>The differences are in 1 section; see the headings below.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skillnaderna finns i {n} avsnitt; se rubrikerna nedan.</source>
        <translation>The differences are in {n} sections; see the headings below.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Totalt: {counts}</source>
        <translation>Total: {counts}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Använd vänster svar i utkastet</source>
        <translation>Use the left answer in the draft</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Svaret från {source} finns nu i utkastet. Ångra med Ctrl+Z i huvudfönstret.</source>
        <translation>The answer from {source} is now in the draft. Undo with Ctrl+Z in the main window.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Inga ändringar</source>
        <translation>No changes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} ändringar</source>
        <translation>{0} changes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 ändring</source>
        <translation>1 change</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ändring {0} av {1}</source>
        <translation>Change {0} of {1}</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+18"/>
        <source>det finns ingen jämförelse att exportera</source>
        <translation>there is no comparison to export</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Jämförelse {left} – {right}</source>
        <translation>Comparison {left} – {right}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Jämförelsen är sparad som {path}</source>
        <translation>The comparison is saved as {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exportera som Word</source>
        <translation>Export as Word</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word-dokument (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exportera som HTML</source>
        <translation>Export as HTML</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTML-sida (*.html)</source>
        <translation>HTML page (*.html)</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../../src/routine_builder/ui/compare/comparison_view.py" line="+120"/>
        <source>Jämförelse sida vid sida</source>
        <translation>Side-by-side comparison</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Inga skillnader att visa.</source>
        <translation>No differences to show.</translation>
    </message>
</context>
<context>
    <name>ConflictCopyBanner</name>
    <message>
        <location filename="../../src/routine_builder/ui/banners/conflict_copy_banner.py" line="+33"/>
        <source>Jämför och slå ihop…</source>
        <translation>Compare and merge…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arkivera utan att slå ihop</source>
        <translation>Archive without merging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flytta kopian till områdets arkivmapp; den raderas inte</source>
        <translation>Move the copy to the area&apos;s archive folder; it is not deleted</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Det finns en konfliktkopia från en synkroniseringstjänst: {name}</source>
        <translation>There is a conflict copy from a sync service: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(och {count} till)</source>
        <translation>(and {count} more)</translation>
    </message>
</context>
<context>
    <name>CrossAreaView</name>
    <message>
        <location filename="../../src/routine_builder/ui/compare/cross_area_view.py" line="+79"/>
        <source>Samma fråga i alla områden</source>
        <translation>The same question in every area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fråga</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Områdenas svar</source>
        <translation>The areas&apos; answers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fråga:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Svar från {0}</source>
        <translation>Answer from {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Använd i mitt område</source>
        <translation>Use in my area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Använd svaret från {0} i mitt område</source>
        <translation>Use the answer from {0} in my area</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Svaret från {area} finns nu i ditt område. Ångra med Ctrl+Z i huvudfönstret.</source>
        <translation>The answer from {area} is now in your area. Undo with Ctrl+Z in the main window.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/routine_builder/ui/form/editors/date_field.py" line="+125"/>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv till exempel 2026-11-20, 20/11 2026 eller 20 nov 2026</source>
        <translation>Type for example 2026-11-20, 20/11 2026 or 20 Nov 2026</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kalender…</source>
        <translation>Calendar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Välj datum i en kalender (Alt+Nedpil)</source>
        <translation>Pick the date in a calendar (Alt+Down)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Töm</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta bort datumet</source>
        <translation>Remove the date</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Välj datum i kalender: {what}</source>
        <translation>Pick a date in the calendar: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Töm datumet: {what}</source>
        <translation>Clear the date: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kalender: {what}</source>
        <translation>Calendar: {what}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>”{text}” är inget datum som programmet känner igen. Skriv till exempel 2026-11-20.</source>
        <translation>“{text}” is not a date the program recognises. Type for example 2026-11-20.</translation>
    </message>
</context>
<context>
    <name>DocumentDataDialog</name>
    <message>
        <location filename="../../src/routine_builder/ui/dialogs/document_data_dialog.py" line="+31"/>
        <source>Dokumentuppgifter</source>
        <translation>Document details</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remiss</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fastställd</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under revidering</source>
        <translation>Under revision</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Var i arbetet rutinen är: utkast, på remiss eller fastställd</source>
        <translation>Where the routine stands: draft, out for consultation or adopted</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>t.ex. 1.0</source>
        <translation>e.g. 1.0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fastställd av</source>
        <translation>Adopted by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>t.ex. Styrgruppen för vårdsamverkan</source>
        <translation>e.g. the steering group for health and social care collaboration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Giltig från</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>samma dag som fastställandet</source>
        <translation>the day it is adopted</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Innehållsansvarig</source>
        <translation>Content owner</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Giltig &amp;från:</source>
        <translation>Valid &amp;from:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Innehållsansvarig:</source>
        <translation>Content &amp;owner:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Datum skrivs som ÅÅÅÅ-MM-DD (20/11 2026 och 20 nov 2026 går också); lämna tomt om det inte finns. Uppgifterna visas på rutinens försättsblad och sidfot.</source>
        <translation>Dates are written as YYYY-MM-DD (20/11 2026 and 20 Nov 2026 work too); leave a date empty when there is none. These details appear on the routine&apos;s cover page and footer.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Fastställd datum</source>
        <translation>Date adopted</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Giltig till</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Den som ansvarar för att rutinen hålls aktuell</source>
        <translation>Whoever is responsible for keeping the routine up to date</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fastställd &amp;av:</source>
        <translation>&amp;Adopted by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fastställd &amp;datum:</source>
        <translation>&amp;Date adopted:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Giltig &amp;till:</source>
        <translation>Valid &amp;until:</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <location filename="../../src/routine_builder/ui/error_handling.py" line="+81"/>
        <source>Ett oväntat fel inträffade</source>
        <translation>An unexpected error occurred</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Något gick fel i programmet, men det fortsätter att fungera och allt som redan sparats finns kvar.</source>
        <translation>Something went wrong in the program, but it keeps working and everything already saved is still there.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Detaljerna har skrivits till loggfilen:
{path}</source>
        <translation>The details have been written to the log file:
{path}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/routine_builder/ui/dialogs/export_dialog.py" line="+110"/>
        <source>Exportera rutinen</source>
        <translation>Export the routine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rutinen för {0} som Word-dokument</source>
        <translation>The routine for {0} as a Word document</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>&amp;Färdig rutin: alla obligatoriska svar måste finnas</source>
        <translation>&amp;Final routine: every required answer must be given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Utkast: det som saknas markeras tydligt i dokumentet</source>
        <translation>&amp;Draft: whatever is missing is clearly marked in the document</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Vad ska skapas?</source>
        <translation>What should be created?</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Obligatoriska frågor utan svar</source>
        <translation>Required questions without an answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Välj en fråga och tryck Retur för att gå till den</source>
        <translation>Select a question and press Enter to go to it</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Dokumentets sökväg</source>
        <translation>Path of the document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bläddra…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Välj var dokumentet ska sparas</source>
        <translation>Choose where to save the document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Spara som:</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skapa även &amp;PDF</source>
        <translation>Also create a &amp;PDF</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PDF-filen skapas med LibreOffice bredvid Word-dokumentet.</source>
        <translation>LibreOffice creates the PDF next to the Word document.</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Exportens förlopp</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Version {0} av rutinen för {1} som Word-dokument</source>
        <translation>Version {0} of the routine for {1} as a Word document</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Ta med bilaga: &amp;remissvar och hur de hanterats</source>
        <translation>Include appendix: consultation &amp;replies and how they were handled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varje synpunkt från remissen och hur den hanterades, sist i rutinen</source>
        <translation>Every remark from the consultation and how it was handled, at the end of the routine</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Den här versionen är den fastställda rutinen och märks ”Fastställd”.</source>
        <translation>This version is the adopted routine and is labelled &quot;Adopted&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Utkastet har ändrats sedan version {number} fastställdes och märks ”Under revidering”. Den fastställda rutinen exporteras från panelen Versioner.</source>
        <translation>The draft has changed since version {number} was adopted and is labelled &quot;Under revision&quot;. Export the adopted routine from the Versions panel.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>PDF kräver LibreOffice, som inte finns på den här datorn. Utan LibreOffice får innehållsförteckningen sina sidnummer först i Word.</source>
        <translation>A PDF needs LibreOffice, which is not installed on this computer. Without LibreOffice the table of contents gets its page numbers only in Word.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Exportera</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Visa i mapp</source>
        <translation>Show &amp;in folder</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{0} – lokal rutin, version {1}.docx</source>
        <translation>{0} – local routine, version {1}.docx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} – lokal rutin.docx</source>
        <translation>{0} – local routine.docx</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} – lokal rutin (utkast).docx</source>
        <translation>{0} – local routine (draft).docx</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Spara rutinen som</source>
        <translation>Save the routine as</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word-dokument (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Gå till frågan</source>
        <translation>Go to the question</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Obligatoriska svar som saknas: %n. Klicka på en fråga för att gå dit:</source>
        <translation>
            <numerusform>%n required answer is missing. Click the question to go there:</numerusform>
            <numerusform>%n required answers are missing. Click a question to go there:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Inget skrevs över. Välj ett annat namn eller en annan mapp och exportera igen.</source>
        <translation>Nothing was replaced. Choose another name or folder and export again.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Filen finns redan</source>
        <translation>The file already exists</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{files} finns redan i {folder}. Vill du ersätta det som finns där?</source>
        <translation>{files} already exists in {folder}. Do you want to replace what is there?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ersätt</source>
        <translation>&amp;Replace</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Luckor som är markerade i dokumentet: %n.</source>
        <translation>
            <numerusform>%n gap is marked in the document.</numerusform>
            <numerusform>%n gaps are marked in the document.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Innehållsförteckningen har inga sidnummer eftersom LibreOffice saknas; Word fyller i dem när du svarar Ja på frågan om att uppdatera fälten.</source>
        <translation>The table of contents has no page numbers because LibreOffice is missing; Word fills them in when you answer Yes to updating the fields.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Rutinen kan inte bli färdig eftersom obligatoriska svar saknas (%n).</source>
        <translation>
            <numerusform>The routine cannot be final: %n required answer is missing.</numerusform>
            <numerusform>The routine cannot be final: %n required answers are missing.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Alla obligatoriska frågor är besvarade.</source>
        <translation>Every required question is answered.</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>&amp;Öppna dokumentet</source>
        <translation>&amp;Open the document</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>En färdig rutin kan skapas först när alla obligatoriska svar finns. Välj Utkast, eller gå till frågorna ovan.</source>
        <translation>A final routine can be created only once every required answer is given. Choose Draft, or go to the questions above.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Mappen {0} kunde inte skapas ({1}).</source>
        <translation>The folder {0} could not be created ({1}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dokumentet skapas…</source>
        <translation>Creating the document…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Klart. Dokumentet är sparat som {0}</source>
        <translation>Done. The document is saved as {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF: {0}</source>
        <translation>PDF: {0}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Exporten misslyckades: {0}</source>
        <translation>The export failed: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filen {0} kunde inte skrivas ({1}).</source>
        <translation>The file {0} could not be written ({1}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporten misslyckades av ett oväntat skäl. Detaljerna finns i programmets loggfil.</source>
        <translation>The export failed for an unexpected reason. The details are in the program&apos;s log file.</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../../src/routine_builder/ui/form/form_view.py" line="+137"/>
        <source>Sök i frågor och svar</source>
        <translation>Search questions and answers</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Sök i frågor och svar (Ctrl+F)</source>
        <translation>Search questions and answers (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv ett eller flera ord; Esc tömmer sökningen</source>
        <translation>Type one or more words; Esc clears the search</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avsnittets frågor</source>
        <translation>The section&apos;s questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;isa:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa frågor</source>
        <translation>Show questions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alla frågor</source>
        <translation>All questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obesvarade</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obligatoriska som saknas</source>
        <translation>Required and missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Med öppna remissvar (alla avsnitt)</source>
        <translation>With open consultation replies (all sections)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>← Föregående avsnitt</source>
        <translation>← Previous section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nästa avsnitt →</source>
        <translation>Next section →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inga frågor att visa här.</source>
        <translation>No questions to show here.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gå till nästa obligatoriska fråga som saknar svar, i alla avsnitt (Ctrl+J)</source>
        <translation>Go to the next required question without an answer, in all sections (Ctrl+J)</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Sökresultat</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 fråga matchar</source>
        <translation>1 question matches</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} frågor matchar</source>
        <translation>{n} questions match</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frågor med öppna remissvar</source>
        <translation>Questions with open consultation replies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inga frågor i området har öppna remissvar.</source>
        <translation>No question in the area has open consultation replies.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{questions} i {sections}</source>
        <translation>{questions} in {sections}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 fråga</source>
        <translation>1 question</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} frågor</source>
        <translation>{n} questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 avsnitt</source>
        <translation>1 section</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} avsnitt</source>
        <translation>{n} sections</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nästa som saknas ({n} kvar)</source>
        <translation>Next missing ({n} left)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alla obligatoriska besvarade</source>
        <translation>All required answered</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Alla obligatoriska frågor är besvarade.</source>
        <translation>All required questions are answered.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Obligatorisk fråga {number} av {count} som saknar svar: {question}</source>
        <translation>Required question {number} of {count} without an answer: {question}</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <location filename="../../src/routine_builder/ui/panels/help_panel.py" line="+59"/>
        <source>Hjälp till frågan</source>
        <translation>Help for the question</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Välj en fråga för att se hjälp och vad riktlinjen säger.</source>
        <translation>Select a question to see help and what the guideline says.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Om underlaget</source>
        <translation>About the source texts</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Vad riktlinjen säger</source>
        <translation>What the guideline says</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Obligatorisk fråga.</source>
        <translation>Required question.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Så svarar ni</source>
        <translation>How to answer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exempel</source>
        <translation>Example</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gå till en fråga i avsnittet för att se hjälp till just den frågan.</source>
        <translation>Go to a question in the section to see help for that question.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../src/routine_builder/ui/compare/history_panel.py" line="+42"/>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sparade versioner</source>
        <translation>Saved versions</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Jämför med utkastet</source>
        <translation>&amp;Compare with the draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ö&amp;ppna</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åters&amp;täll som utkast…</source>
        <translation>&amp;Restore as draft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exportera…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skapa Word-rutinen ur versionen, som den sparades</source>
        <translation>Create the Word routine from the version, as it was saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fastställ…</source>
        <translation>Adopt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anteckna att versionen är fastställd</source>
        <translation>Record that the version is adopted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa versionen skrivskyddad</source>
        <translation>Show the version read-only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gör versionen till utkast; det nuvarande utkastet sparas först som en version</source>
        <translation>Make the version the draft; the current draft is first saved as a version</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Inga sparade versioner ännu. Spara en med ”Spara version…”.</source>
        <translation>No saved versions yet. Save one with “Save version…”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fastställd version</source>
        <translation>Adopted version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skadad: filen kan inte läsas</source>
        <translation>Damaged: the file cannot be read</translation>
    </message>
</context>
<context>
    <name>LockBanner</name>
    <message>
        <location filename="../../src/routine_builder/ui/banners/lock_banner.py" line="+32"/>
        <source>Ta över…</source>
        <translation>Take over…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slå ihop mina ändringar…</source>
        <translation>Merge my changes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spara dina ändringar; frågor som båda har ändrat får du välja mellan</source>
        <translation>Save your changes; for questions you both changed, you choose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Försök igen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontrollera igen om området går att öppna för redigering</source>
        <translation>Check again whether the area can be opened for editing</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>någon annan</source>
        <translation>someone else</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{user} på {host}</source>
        <translation>{user} on {host}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Området har tagits över av {who}. Du ser nu en skrivskyddad vy.</source>
        <translation>The area has been taken over by {who}. You now see a read-only view.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dina osparade ändringar finns kvar här och i återställningsfilen.</source>
        <translation>Your unsaved changes are still here and in the recovery file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen redigerar området just nu. Välj Försök igen för att öppna det för redigering.</source>
        <translation>Nobody is editing the area right now. Choose Try again to open it for editing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Öppet för redigering av {user} på {host} sedan {time}. Du ser en skrivskyddad vy som uppdateras när filen ändras.</source>
        <translation>Open for editing by {user} on {host} since {time}. You see a read-only view that updates when the file changes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{user} verkar inte ha programmet öppet längre (senaste livstecken {time}).</source>
        <translation>{user} no longer seems to have the program open (last sign of life {time}).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/routine_builder/ui/window/main_window.py" line="+182"/>
        <source>Hjälp</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borttagna frågor</source>
        <translation>Removed questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förhandsgranska</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versioner</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Ångra {what}</source>
        <translation>&amp;Undo {what}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Ångra</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gör om {what}</source>
        <translation>&amp;Redo {what}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Gör om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> [demo med påhittade uppgifter]</source>
        <translation> [demo with made-up data]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (skrivskyddad)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Arbetsytan kunde inte öppnas</source>
        <translation>The workspace could not be opened</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Svaret på ”{question}” togs från {source}.</source>
        <translation>The answer to “{question}” was taken from {source}.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Kunde inte spara</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De senaste ändringarna kunde inte sparas. De finns kvar i en återställningsfil och erbjuds nästa gång programmet startar. Avsluta ändå?</source>
        <translation>The latest changes could not be saved. They are kept in a recovery file and offered the next time the program starts. Quit anyway?</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/routine_builder/ui/dialogs/merge_dialog.py" line="+72"/>
        <source>Välj vilka svar som ska gälla</source>
        <translation>Choose which answers should apply</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Använd &amp;mina för alla</source>
        <translation>Use &amp;mine for all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Använd &amp;deras för alla</source>
        <translation>Use &amp;theirs for all</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mina svar</source>
        <translation>My answers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deras svar</source>
        <translation>Their answers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gemensam grund</source>
        <translation>Common base</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Frågor att välja svar för</source>
        <translation>Questions to choose answers for</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spara valda svar</source>
        <translation>Save the chosen answers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dokumentuppgifter</source>
        <translation>Document details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Områdets namn och kommuner</source>
        <translation>The area&apos;s name and municipalities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svar på en fråga som inte längre finns ({id})</source>
        <translation>Answer to a question that no longer exists ({id})</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Använd mina</source>
        <translation>Use mine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Använd deras</source>
        <translation>Use theirs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Använd mina: {question}</source>
        <translation>Use mine: {question}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Använd deras: {question}</source>
        <translation>Use theirs: {question}</translation>
    </message>
</context>
<context>
    <name>NewAreaDialog</name>
    <message>
        <location filename="../../src/routine_builder/ui/dialogs/new_area_dialog.py" line="+54"/>
        <source>Nytt område</source>
        <translation>New area</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ett &amp;helt delregionalt samverkansområde</source>
        <translation>A &amp;whole sub-regional collaboration area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En &amp;lokal grupp inom ett samverkansområde</source>
        <translation>A &amp;local group within a collaboration area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En &amp;egen sammansättning av kommuner</source>
        <translation>A &amp;custom set of municipalities</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Områdets namn</source>
        <translation>Name of the area</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Skapa området</source>
        <translation>Create the area</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vad ska området omfatta?</source>
        <translation>What should the area cover?</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Samverkansområden</source>
        <translation>Collaboration areas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lokala grupper, ordnade efter samverkansområde</source>
        <translation>Local groups, ordered by collaboration area</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Filtrera kommuner…</source>
        <translation>Filter municipalities…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filtrera kommunerna</source>
        <translation>Filter the municipalities</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kommuner i området</source>
        <translation>Municipalities in the area</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Regionens verksamheter som deltar</source>
        <translation>The region&apos;s services taking part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunernas verksamheter som deltar</source>
        <translation>The municipalities&apos; services taking part</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;Kommuner:</source>
        <translation>&amp;Municipalities:</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>&amp;Regionens verksamheter:</source>
        <translation>&amp;Region&apos;s services:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K&amp;ommunernas verksamheter:</source>
        <translation>M&amp;unicipal services:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De verksamheter ni kryssar i blir de första svaren i frågeunderlaget.</source>
        <translation>The units you tick become the first answers in the question set.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Kommuner: {0}. Sjukhus: {1}.</source>
        <translation>Municipalities: {0}. Hospitals: {1}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indelningen är inte bekräftad i någon källa.</source>
        <translation>This grouping is not confirmed by any source.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Del av {0}. Kommuner: {1}.</source>
        <translation>Part of {0}. Municipalities: {1}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gruppens indelning är inte bekräftad; kontrollera den innan ni använder den.</source>
        <translation>The group&apos;s membership is not confirmed; check it before you rely on it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Valda kommuner ({0} av {1}): {2}.</source>
        <translation>Municipalities chosen ({0} of {1}): {2}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Välj ett område i listan.</source>
        <translation>Choose an area in the list.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Välj en grupp under ett av samverkansområdena.</source>
        <translation>Choose a group under one of the collaboration areas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv ett namn på området.</source>
        <translation>Type a name for the area.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Välj minst en kommun.</source>
        <translation>Choose at least one municipality.</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <location filename="../../src/routine_builder/ui/form/editors/number_editor.py" line="+38"/>
        <source>Ej angivet</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Töm</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta bort talet</source>
        <translation>Remove the number</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Töm talet: {question}</source>
        <translation>Clear the number: {question}</translation>
    </message>
</context>
<context>
    <name>OrphansPanel</name>
    <message>
        <location filename="../../src/routine_builder/ui/panels/orphans_panel.py" line="+38"/>
        <source>Svar på frågor som inte längre finns</source>
        <translation>Answers to questions that no longer exist</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Området har inga svar på frågor som tagits bort ur frågeunderlaget.</source>
        <translation>The area has no answers to questions removed from the question set.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dessa svar hör till frågor som inte finns i det nuvarande frågeunderlaget. De sparas oförändrade i svarsfilen så att inget går förlorat; kopiera gärna texten till rätt fråga.</source>
        <translation>These answers belong to questions that are not in the current question set. They are kept unchanged in the answers file so that nothing is lost; feel free to copy the text to the right question.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Svar på en borttagen fråga ({number})</source>
        <translation>Answer to a removed question ({number})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I svarsfilen: {ids}</source>
        <translation>In the answers file: {ids}</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../src/routine_builder/ui/panels/preview_panel.py" line="+109"/>
        <source>Kapitlet du skriver i, så som det blir i rutinen. Det uppdateras medan du skriver.</source>
        <translation>The chapter you are writing, as it will read in the routine. It updates while you type.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa som &amp;färdig rutin</source>
        <translation>Show as the &amp;finished routine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utan luckor och anteckningar, så som den färdiga rutinen blir</source>
        <translation>Without gaps and notes, as the finished routine will be</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förhandsgranskning av kapitlet</source>
        <translation>Preview of the chapter</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Välj ett område och en fråga för att se hur kapitlet blir i rutinen.</source>
        <translation>Choose an area and a question to see how the chapter will read in the routine.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../src/routine_builder/ui/window/progress_text.py" line="+13"/>
        <source>{done} av {total} besvarade</source>
        <translation>{done} of {total} answered</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, 1 obligatorisk saknas</source>
        <translation>, 1 required missing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, {count} obligatoriska saknas</source>
        <translation>, {count} required missing</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>utkast</source>
        <translation>draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remiss</source>
        <translation>consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fastställd</source>
        <translation>adopted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under revidering</source>
        <translation>under revision</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>giltig till {date} har passerat – revidera</source>
        <translation>valid until {date} has passed – revise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>giltig till {date} – dags att revidera</source>
        <translation>valid until {date} – time to revise</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../src/routine_builder/ui/form/question_widget.py" line="+112"/>
        <source>* obligatorisk</source>
        <translation>* required</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej aktuellt</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varför är frågan inte aktuell hos er?</source>
        <translation>Why does the question not apply to you?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (obligatorisk)</source>
        <translation> (required)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kommentar till: {question}</source>
        <translation>Comment on: {question}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej aktuellt: {question}</source>
        <translation>Not applicable: {question}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skäl till ej aktuellt: {question}</source>
        <translation>Reason for not applicable: {question}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>1 öppet remissvar</source>
        <translation>1 open consultation reply</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} öppna remissvar</source>
        <translation>{n} open consultation replies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visa remissvaren på frågan</source>
        <translation>Show the consultation replies on the question</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Ej aktuellt: skriv varför nedan. Utan skäl räknas frågan som obesvarad.</source>
        <translation>Not applicable: say why below. Without a reason the question counts as unanswered.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ej aktuellt. Svaret nedan är vilande och kommer tillbaka om du avmarkerar Ej aktuellt.</source>
        <translation>Not applicable. The answer below is set aside and comes back if you untick Not applicable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ej aktuellt.</source>
        <translation>Not applicable.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../src/routine_builder/ui/dialogs/recovery_dialog.py" line="+32"/>
        <source>En fråga har osparade ändringar:</source>
        <translation>One question has unsaved changes:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} frågor har osparade ändringar:</source>
        <translation>{count} questions have unsaved changes:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Osparade ändringar hittades</source>
        <translation>Unsaved changes found</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Släng</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dokumentuppgifter</source>
        <translation>Document details</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ändrad av någon annan också: du väljer svar i nästa steg.</source>
        <translation>Changed by someone else too: you choose the answer in the next step.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>… och {count} frågor till</source>
        <translation>… and {count} more questions</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Någon har sparat området efter att programmet avslutades. Återställ lägger tillbaka dina ändringar och låter dig välja där ni båda har ändrat; Släng tar bort dem för gott.</source>
        <translation>Someone saved the area after the program ended. Restore puts your changes back and lets you choose where you both changed something; Discard removes them for good.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Återställ lägger tillbaka ändringarna i formuläret; Släng tar bort dem för gott.</source>
        <translation>Restore puts the changes back into the form; Discard removes them for good.</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Programmet avslutades innan ändringarna i {area} hann sparas.</source>
        <translation>The program closed before the changes in {area} were saved.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>RemissExportDialog</name>
    <message>
        <location filename="../../src/routine_builder/ui/dialogs/remiss_export_dialog.py" line="+40"/>
        <source>Exportera för remiss</source>
        <translation>Export for consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remissversion av rutinen för {0}</source>
        <translation>Consultation version of the routine for {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Granskarna kommenterar i marginalen och ändrar i svaren med spårade ändringar, i Word eller LibreOffice. Med Arkiv › Importera remissvar hamnar deras synpunkter sedan på rätt fråga. Har utkastet ändrats sedan den senaste sparade versionen sparas det först som en ny version.</source>
        <translation>Reviewers comment in the margin and edit the answers with tracked changes, in Word or LibreOffice. With File › Import consultation replies their remarks then land on the right question. If the draft has changed since the latest saved version, it is first saved as a new version.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sista dag för remissvar</source>
        <translation>Last day for replies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svar &amp;senast:</source>
        <translation>Reply &amp;by:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0} – remissversion.docx</source>
        <translation>{0} – consultation version.docx</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Remissfilen gjordes från version {0}. Skicka den till granskarna.</source>
        <translation>The consultation file was made from version {0}. Send it to the reviewers.</translation>
    </message>
</context>
<context>
    <name>ReviewDock</name>
    <message>
        <location filename="../../src/routine_builder/ui/review/review_dock.py" line="+38"/>
        <location line="+5"/>
        <source>Remissvar</source>
        <translation>Consultation replies</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Inga öppna remissvar.</source>
        <translation>No open consultation replies.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>hela rutinen</source>
        <translation>the whole routine</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../src/routine_builder/ui/review/review_panel.py" line="+147"/>
        <source>Visa:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordna:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öppna remissvar</source>
        <translation>Open replies</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alla remissvar</source>
        <translation>All replies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Efter kapitel</source>
        <translation>By chapter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Efter granskare</source>
        <translation>By reviewer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vilka remissvar som visas</source>
        <translation>Which consultation replies are shown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hur remissvaren ordnas</source>
        <translation>How the consultation replies are grouped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remissvar</source>
        <translation>Consultation replies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det valda remissvaret</source>
        <translation>The chosen consultation reply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ändra förslaget innan det godtas</source>
        <translation>Edit the proposal before accepting it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förslaget, som det ska godtas</source>
        <translation>The proposal, as it is to be accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anteckning:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hur synpunkten hanterades (visas i bilagan)</source>
        <translation>How the remark was handled (shown in the appendix)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anteckning om hur synpunkten hanterades</source>
        <translation>Note on how the remark was handled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Godta</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+184"/>
        <source>Gör förslaget till frågans svar (kan ångras med Ctrl+Z)</source>
        <translation>Make the proposal the question&apos;s answer (can be undone with Ctrl+Z)</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Avslå</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markera som hanterad</source>
        <translation>Mark as handled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öppna igen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gå till frågan</source>
        <translation>Go to the question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nästa öppna (F8)</source>
        <translation>Next open (F8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importera remissvar…</source>
        <translation>Import consultation replies…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Hela rutinen</source>
        <translation>The whole routine</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Inga remissvar har importerats för området ännu.</source>
        <translation>No consultation replies have been imported for the area yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 öppet av {total}</source>
        <translation>1 open of {total}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} öppna av {total}</source>
        <translation>{n} open of {total}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>konflikt</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>osäker</source>
        <translation>uncertain</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Svaret är en tabell: ändra den i formuläret och markera förslaget som hanterat.</source>
        <translation>The answer is a table: change it in the form and mark the proposal as handled.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Förslaget läses inte som något av frågans svar så som rutinen skriver dem: ändra svaret i formuläret och markera förslaget som hanterat.</source>
        <translation>The proposal does not read as any of the question&apos;s answers as the routine writes them: change the answer in the form and mark the proposal as handled.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Godtaget med ändringar.</source>
        <translation>Accepted with changes.</translation>
    </message>
</context>
<context>
    <name>RevisionBanner</name>
    <message>
        <location filename="../../src/routine_builder/ui/banners/revision_banner.py" line="+30"/>
        <source>Jämför med den fastställda</source>
        <translation>Compare with the adopted one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uppfattat</source>
        <translation>Got it</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rutinen är fastställd som version {number}. Det du ändrar blir ett nytt utkast under revidering.</source>
        <translation>The routine is adopted as version {number}. What you change becomes a new draft under revision.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rutinen är fastställd. Det du ändrar blir ett nytt utkast under revidering.</source>
        <translation>The routine is adopted. What you change becomes a new draft under revision.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Den fastställda versionen finns kvar och kan exporteras under Versioner.</source>
        <translation>The adopted version is kept and can be exported from Versions.</translation>
    </message>
</context>
<context>
    <name>RowButtons</name>
    <message>
        <location filename="../../src/routine_builder/ui/form/editors/row_buttons.py" line="+37"/>
        <source>Lägg till rad</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta bort rad</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flytta upp</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flytta ned</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>SaveBanner</name>
    <message>
        <location filename="../../src/routine_builder/ui/banners/save_banner.py" line="+32"/>
        <source>Försök igen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jämför och välj…</source>
        <translation>Compare and choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se dina och deras svar sida vid sida och välj vilka som ska gälla</source>
        <translation>See your answers and theirs side by side and choose which apply</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inte sparat: {reason}.</source>
        <translation>Not saved: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dina svar finns kvar här. Inget sparas automatiskt förrän du har valt.</source>
        <translation>Your answers are still here. Nothing is saved automatically until you have chosen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dina svar finns kvar i programmet och i återställningsfilen och sparas så fort det går igen.</source>
        <translation>Your answers stay in the program and in the recovery file and are saved as soon as that works again.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Kunde inte spara: {reason}</source>
        <translation>Could not save: {reason}</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <location filename="../../src/routine_builder/ui/window/save_status.py" line="+45"/>
        <source>Sparar…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kunde inte spara: {reason}</source>
        <translation>Could not save: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sparat – ändringar från en annan användare togs med (1 fråga)</source>
        <translation>Saved – changes from another user were included (1 question)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sparat – ändringar från en annan användare togs med ({count} frågor)</source>
        <translation>Saved – changes from another user were included ({count} questions)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Osparade ändringar</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Senast sparat {date} {time}</source>
        <translation>Last saved {date} at {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Senast sparat {time}</source>
        <translation>Last saved {time}</translation>
    </message>
</context>
<context>
    <name>SectionNavigator</name>
    <message>
        <location filename="../../src/routine_builder/ui/panels/section_navigator.py" line="+58"/>
        <source>Av&amp;snitt</source>
        <translation>&amp;Sections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avsnitt</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Klart: {summary}</source>
        <translation>Done: {summary}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inte påbörjat: {summary}</source>
        <translation>Not started: {summary}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Svar saknas: {summary}</source>
        <translation>Answers missing: {summary}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obligatoriska klara: {summary}</source>
        <translation>Required done: {summary}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/routine_builder/ui/dialogs/settings_dialog.py" line="+30"/>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Språket i programmets menyer och dialoger</source>
        <translation>The language of the program&apos;s menus and dialogs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Systemets</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ljust</source>
        <translation>Light</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mörkt</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utseende</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ljust eller mörkt utseende, eller samma som datorn</source>
        <translation>A light or dark appearance, or the same as the computer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> sekunder</source>
        <translation> seconds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spara automatiskt efter</source>
        <translation>Save automatically after</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hur länge efter att du slutat skriva som svaren sparas automatiskt</source>
        <translation>How long after you stop typing the answers are saved automatically</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Språk:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Utseende:</source>
        <translation>&amp;Appearance:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spara &amp;automatiskt efter:</source>
        <translation>Save au&amp;tomatically after:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Svaren sparas också när du lämnar ett fält, byter område och stänger programmet. Språk och utseende byts direkt.</source>
        <translation>Answers are also saved when you leave a field, switch area and close the program. Language and appearance change at once.</translation>
    </message>
</context>
<context>
    <name>TakeOverDialog</name>
    <message>
        <location filename="../../src/routine_builder/ui/dialogs/take_over_dialog.py" line="+16"/>
        <source>Ta över området</source>
        <translation>Take over the area</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{user} verkar inte ha programmet öppet längre (senaste livstecken {time}). Ta över området?</source>
        <translation>{user} no longer seems to have the program open (last sign of life {time}). Take over the area?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Om {user} ändå har osparade ändringar slås de ihop med dina när hen sparar; inget skrivs över.</source>
        <translation>If {user} still has unsaved changes, they are merged with yours when they save; nothing is overwritten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ta över</source>
        <translation>Take over</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>VersionView</name>
    <message>
        <location filename="../../src/routine_builder/ui/compare/version_view.py" line="+22"/>
        <source>{0} (skrivskyddad)</source>
        <translation>{0} (read-only)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Versionens svar</source>
        <translation>The version&apos;s answers</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../src/routine_builder/ui/dialogs/welcome_dialog.py" line="+17"/>
        <location line="+2"/>
        <source>Välkommen till Routine Builder</source>
        <translation>Welcome to Routine Builder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Här skriver nyckelgruppen i ert samverkansområde den lokala rutinen för samverkan vid oro för väntat barn. Ni svarar på frågeunderlaget avsnitt för avsnitt, med hjälptext och en sammanfattning av riktlinjen bredvid varje fråga (det medföljande underlaget är en rekonstruktion, inte regionens eget). Svaren sparas automatiskt, och rutinen kan sedan exporteras som ett Word-dokument.</source>
        <translation>This is where the key group of your collaboration area writes the local routine for collaboration when there is concern for an expected child. You answer the question set section by section, with help and a summary of the guideline beside every question (the bundled question set is a reconstruction, not the region&apos;s own). Answers are saved automatically, and the routine can then be exported as a Word document.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Det som visas nu är en demo med påhittade områden och svar. Titta gärna runt i den: ingenting ni gör där påverkar något annat.</source>
        <translation>What you see now is a demo with made-up areas and answers. Feel free to look around: nothing you do there affects anything else.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>För ert eget arbete skapar ni en arbetsyta, en vanlig mapp, gärna på en delad nätverksenhet så att hela nyckelgruppen når den. Har någon redan skapat en, öppnar ni den i stället.</source>
        <translation>For your own work, create a workspace: an ordinary folder, preferably on a shared network drive so that the whole key group can reach it. If someone has already created one, open it instead.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Utforska demon</source>
        <translation>&amp;Explore the demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skapa en ny arbetsyta…</source>
        <translation>&amp;Create a new workspace…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ö&amp;ppna en arbetsyta…</source>
        <translation>&amp;Open a workspace…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>YesNoEditor</name>
    <message>
        <location filename="../../src/routine_builder/ui/form/editors/yesno_editor.py" line="+39"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nej</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>w</name>
    <message>
        <location filename="../../src/routine_builder/ui/window/actions.py" line="-311"/>
        <source>Öppna arbetsyta</source>
        <translation>Open workspace</translation>
    </message>
</context>
</TS>
