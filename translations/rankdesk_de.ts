<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiError</name>
    <message>
        <source>Rankdesk did not send the request to %1: keys travel only over https:// (plain http:// only to this machine). Correct the base URL in the profile.</source>
        <translation>Rankdesk hat die Anfrage nicht an %1 gesendet: Schlüssel werden nur über https:// übertragen (einfaches http:// nur zu diesem Rechner). Korrigiere die Basis-URL im Profil.</translation>
    </message>
    <message>
        <source>The request timed out.</source>
        <translation>Die Anfrage hat das Zeitlimit überschritten.</translation>
    </message>
    <message>
        <source>The connection was refused.</source>
        <translation>Die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>Der Server hat die Verbindung geschlossen, bevor er antwortete.</translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be resolved.</source>
        <translation>Der Hostname des Servers konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>The request failed before the server answered (error %1).</source>
        <translation>Die Anfrage ist fehlgeschlagen, bevor der Server antwortete (Fehler %1).</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1) to %2. Rankdesk does not follow redirects, so your key was not sent there; check the profile&apos;s base URL.</source>
        <translation>Der Server antwortete mit einer Weiterleitung (HTTP %1) nach %2. Rankdesk folgt keinen Weiterleitungen, dein Schlüssel wurde also nicht dorthin gesendet; prüfe die Basis-URL des Profils.</translation>
    </message>
    <message>
        <source>Hyra answered HTTP %1 without an error description.</source>
        <translation>Hyra antwortete mit HTTP %1 ohne Fehlerbeschreibung.</translation>
    </message>
    <message>
        <source>Hyra does not know this user in the workspace&apos;s group: check that they are a member.</source>
        <translation>Hyra kennt diesen Benutzer in der Gruppe des Workspaces nicht: prüfe, ob er Mitglied ist.</translation>
    </message>
    <message>
        <source>Check the Hyra key (Workspace Settings → Developer API).</source>
        <translation>Prüfe den Hyra-Schlüssel (Workspace Settings → Developer API).</translation>
    </message>
    <message>
        <source>Hyra answered without confirming success.</source>
        <translation>Hyra antwortete, ohne den Erfolg zu bestätigen.</translation>
    </message>
    <message>
        <source>The provider answered success but the member&apos;s role is %1.</source>
        <translation>Der Anbieter meldete Erfolg, aber die Rolle des Mitglieds ist %1.</translation>
    </message>
    <message>
        <source>%1 has no promote operation.</source>
        <translation>%1 bietet keine Beförderung an.</translation>
    </message>
    <message>
        <source>%1 has no demote operation.</source>
        <translation>%1 bietet keine Degradierung an.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 without an error description.</source>
        <translation>Der Server antwortete mit HTTP %1 ohne Fehlerbeschreibung.</translation>
    </message>
    <message>
        <source>Series.hr answered HTTP %1 without an error description.</source>
        <translation>Series.hr antwortete mit HTTP %1 ohne Fehlerbeschreibung.</translation>
    </message>
    <message>
        <source>The member is at the top of the workspace&apos;s ladder.</source>
        <translation>Das Mitglied steht ganz oben auf der Leiter des Workspaces.</translation>
    </message>
    <message>
        <source>Raise the workspace&apos;s Max Promotion Rank in Series.hr, or rank this member there.</source>
        <translation>Erhöhe den Max Promotion Rank des Workspaces in Series.hr oder stufe dieses Mitglied dort ein.</translation>
    </message>
    <message>
        <source>The member is at the bottom of the workspace&apos;s ladder.</source>
        <translation>Das Mitglied steht ganz unten auf der Leiter des Workspaces.</translation>
    </message>
    <message>
        <source>Configure the group&apos;s roles in the Series.hr workspace first.</source>
        <translation>Richte zuerst die Rollen der Gruppe im Series.hr-Workspace ein.</translation>
    </message>
    <message>
        <source>Ranks are whole numbers from 0 to 255.</source>
        <translation>Ränge sind ganze Zahlen von 0 bis 255.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>Ranking through Series.hr needs a Premium or Enterprise plan.</source>
        <translation>Ränge über Series.hr brauchen einen Premium- oder Enterprise-Plan.</translation>
    </message>
    <message>
        <source>The user must be in the Roblox group.</source>
        <translation>Der Benutzer muss in der Roblox-Gruppe sein.</translation>
    </message>
    <message>
        <source>Add the role to the Series.hr workspace, or choose a rank it has.</source>
        <translation>Füge die Rolle dem Series.hr-Workspace hinzu oder wähle einen Rang, den er hat.</translation>
    </message>
    <message>
        <source>Series.hr allows 50 ranking requests per second; wait a moment.</source>
        <translation>Series.hr erlaubt 50 Rang-Anfragen pro Sekunde; warte einen Moment.</translation>
    </message>
    <message>
        <source>Check the Series.hr API key; use Test connection to see whether it is active.</source>
        <translation>Prüfe den Series.hr-API-Schlüssel; mit „Verbindung testen“ siehst du, ob er aktiv ist.</translation>
    </message>
    <message>
        <source>Create or re-activate the key in the Series.hr workspace settings.</source>
        <translation>Erstelle den Schlüssel in den Workspace-Einstellungen von Series.hr oder aktiviere ihn erneut.</translation>
    </message>
    <message>
        <source>WESK RankBot answered HTTP %1 without an error description.</source>
        <translation>WESK RankBot antwortete mit HTTP %1 ohne Fehlerbeschreibung.</translation>
    </message>
    <message>
        <source>Check the WESK RankBot API key.</source>
        <translation>Prüfe den API-Schlüssel von WESK RankBot.</translation>
    </message>
    <message>
        <source>Demote needs a Pro or Max plan. On Starter, turn on &quot;Demote through set-rank&quot; in the profile.</source>
        <translation>Degradieren braucht einen Pro- oder Max-Plan. Bei Starter aktiviere im Profil „Degradieren über Rang setzen“.</translation>
    </message>
    <message>
        <source>The key is not authorized for this group or action.</source>
        <translation>Der Schlüssel ist für diese Gruppe oder Aktion nicht berechtigt.</translation>
    </message>
    <message>
        <source>The plan&apos;s monthly request quota is used up. %1</source>
        <translation>Das monatliche Anfragekontingent des Plans ist aufgebraucht. %1</translation>
    </message>
    <message>
        <source>Roblox&apos;s API failed behind WESK RankBot; try again later.</source>
        <translation>Die Roblox-API hinter WESK RankBot ist fehlgeschlagen; versuche es später erneut.</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Ratenlimit erreicht</translation>
    </message>
    <message>
        <source>Quota exhausted</source>
        <translation>Kontingent aufgebraucht</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>Dienst nicht verfügbar</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Check that the API key is correct, enabled and not expired.</source>
        <translation>Prüfe, ob der API-Schlüssel stimmt, aktiviert und nicht abgelaufen ist.</translation>
    </message>
    <message>
        <source>Give the key the needed scopes (group:read, group:write) and make sure its owner ranks above the member and the target role.</source>
        <translation>Gib dem Schlüssel die nötigen Berechtigungen (group:read, group:write) und stelle sicher, dass sein Besitzer über dem Mitglied und der Zielrolle steht.</translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation>Warte einen Moment und versuche es erneut.</translation>
    </message>
    <message>
        <source>Check the connection and the base URL, then try again.</source>
        <translation>Prüfe die Verbindung und die Basis-URL und versuche es dann erneut.</translation>
    </message>
    <message>
        <source> (HTTP %1, %2)</source>
        <translation> (HTTP %1, %2)</translation>
    </message>
    <message>
        <source> (HTTP %1)</source>
        <translation> (HTTP %1)</translation>
    </message>
    <message numerus="yes">
        <source> Retry after %n second(s).</source>
        <translation>
            <numerusform> Erneut versuchen in %n Sekunde.</numerusform>
            <numerusform> Erneut versuchen in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection closed before the answer came; the request may have been carried out.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die Antwort kam; die Anfrage wurde möglicherweise ausgeführt.</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>Datenbankfehler</translation>
    </message>
    <message>
        <source>The server&apos;s answer was longer than %1 MB, more than Rankdesk reads for one request, so reading it was stopped.</source>
        <translation>Die Antwort des Servers war länger als %1 MB, mehr als Rankdesk für eine Anfrage liest, daher wurde das Lesen abgebrochen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be used: %1</source>
        <translation>Die Antwort des Servers war nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Check that the profile&apos;s base URL points at the provider; if it does, the provider answered wrongly, so try again later.</source>
        <translation>Prüfe, ob die Basis-URL des Profils auf den Anbieter zeigt; falls ja, hat der Anbieter fehlerhaft geantwortet, also versuche es später erneut.</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>sie ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>the member count of %1 is %2, not a whole number from 0 to %3.</source>
        <translation>die Mitgliederzahl für %1 ist %2, keine ganze Zahl von 0 bis %3.</translation>
    </message>
    <message>
        <source>its %1 is %2 characters long (at most %3 are expected).</source>
        <translation>ihr Feld %1 ist %2 Zeichen lang (höchstens %3 werden erwartet).</translation>
    </message>
    <message>
        <source>its %1 is not a string.</source>
        <translation>ihr Feld %1 ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>Not sent: the batch was paused, cancelled or taken over before this request&apos;s turn came.</source>
        <translation>Nicht gesendet: Der Stapel wurde angehalten, abgebrochen oder von einem anderen Programm übernommen, bevor diese Anfrage an der Reihe war.</translation>
    </message>
</context>
<context>
    <name>AuditLogReader</name>
    <message>
        <source>Reading the audit log needs an Open Cloud key with the legacy-group:manage scope, owned by someone allowed to view the group&apos;s audit log.</source>
        <translation>Das Lesen des Audit-Logs braucht einen Open-Cloud-Schlüssel mit der Berechtigung legacy-group:manage, dessen Besitzer das Audit-Log der Gruppe sehen darf.</translation>
    </message>
    <message>
        <source>an audit-log page lists %1 entries where at most %2 were asked for.</source>
        <translation>eine Seite des Audit-Logs enthält %1 Einträge, obwohl höchstens %2 angefordert wurden.</translation>
    </message>
    <message numerus="yes">
        <source>the audit log did not end within %n page(s).</source>
        <translation>
            <numerusform>das Audit-Log endete nicht innerhalb von %n Seite.</numerusform>
            <numerusform>das Audit-Log endete nicht innerhalb von %n Seiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the audit log came back to a page it had already given (after %n page(s)), so it would never end.</source>
        <translation>
            <numerusform>das Audit-Log kehrte zu einer bereits gelieferten Seite zurück (nach %n Seite), es würde also nie enden.</numerusform>
            <numerusform>das Audit-Log kehrte zu einer bereits gelieferten Seite zurück (nach %n Seiten), es würde also nie enden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <source>Batch %1 is already %2.</source>
        <translation>Stapel %1 ist bereits %2.</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Pausiert: %1</translation>
    </message>
    <message>
        <source>Paused by the user.</source>
        <translation>Vom Benutzer pausiert.</translation>
    </message>
    <message>
        <source>No longer a member of the group.</source>
        <translation>Nicht mehr Mitglied der Gruppe.</translation>
    </message>
    <message>
        <source>Conflict: the member&apos;s role changed to %1 since the plan (expected %2).</source>
        <translation>Konflikt: Die Rolle des Mitglieds hat sich seit dem Plan zu %1 geändert (erwartet: %2).</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>Nach %n Versuch aufgegeben: %1</numerusform>
            <numerusform>Nach %n Versuchen aufgegeben: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Abgebrochen, bevor es gesendet wurde.</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 skipped.</source>
        <translation>%1 erledigt, %2 fehlgeschlagen, %3 übersprungen.</translation>
    </message>
    <message>
        <source>Paused: %1 Nothing more is sent until the history database can record again; resume then, and changes whose outcome was not recorded are checked first.</source>
        <translation>Pausiert: %1 Es wird nichts mehr gesendet, bis die Verlaufsdatenbank wieder speichern kann; setze dann fort, und Änderungen, deren Ergebnis nicht gespeichert wurde, werden zuerst geprüft.</translation>
    </message>
    <message>
        <source>Paused from another program.</source>
        <translation>Von einem anderen Programm pausiert.</translation>
    </message>
    <message>
        <source>Cancelled; the earlier request had not changed the member.</source>
        <translation>Abgebrochen; die frühere Anfrage hatte das Mitglied nicht geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were sent but their answer was lost; resume to check them.</source>
        <translation>
            <numerusform>%n Änderung wurde gesendet, aber ihre Antwort ging verloren; setze fort, um sie zu prüfen.</numerusform>
            <numerusform>%n Änderungen wurden gesendet, aber ihre Antwort ging verloren; setze fort, um sie zu prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already had the role %1; nothing was sent.</source>
        <translation>Hatte die Rolle %1 bereits; es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>The cancel waits for %n change(s) that were sent and whose answer was lost: resume to check them (nothing new is sent), then it completes.</source>
        <translation>
            <numerusform>Der Abbruch wartet auf %n Änderung, die gesendet wurde und deren Antwort verloren ging: setze fort, um sie zu prüfen (es wird nichts Neues gesendet), dann wird er abgeschlossen.</numerusform>
            <numerusform>Der Abbruch wartet auf %n Änderungen, die gesendet wurden und deren Antwort verloren ging: setze fort, um sie zu prüfen (es wird nichts Neues gesendet), dann wird er abgeschlossen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchService</name>
    <message>
        <source>Open the batch&apos;s group to run it.</source>
        <translation>Öffne die Gruppe des Stapels, um ihn auszuführen.</translation>
    </message>
    <message>
        <source>A batch is running; wait for it, or pause or cancel it first.</source>
        <translation>Ein Stapel läuft; warte ihn ab oder pausiere oder breche ihn zuerst ab.</translation>
    </message>
    <message>
        <source>Batch %1 is already %2.</source>
        <translation>Stapel %1 ist bereits %2.</translation>
    </message>
    <message>
        <source>a cancel</source>
        <translation>einem Abbruch</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Abgebrochen, bevor es gesendet wurde.</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>The cancel waits for %n change(s) that were sent and whose answer was lost: resume to check them (nothing new is sent), then it completes.</source>
        <translation>
            <numerusform>Der Abbruch wartet auf %n Änderung, die gesendet wurde und deren Antwort verloren ging: setze fort, um sie zu prüfen (es wird nichts Neues gesendet), dann wird er abgeschlossen.</numerusform>
            <numerusform>Der Abbruch wartet auf %n Änderungen, die gesendet wurden und deren Antwort verloren ging: setze fort, um sie zu prüfen (es wird nichts Neues gesendet), dann wird er abgeschlossen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchStore</name>
    <message>
        <source>Could not store the batch</source>
        <translation>Der Stapel konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not read the batch</source>
        <translation>Der Stapel konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no batch %1.</source>
        <translation>Es gibt keinen Stapel %1.</translation>
    </message>
    <message>
        <source>Could not read the batches</source>
        <translation>Die Stapel konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the batch&apos;s items</source>
        <translation>Die Einträge des Stapels konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not count the batch&apos;s items</source>
        <translation>Die Einträge des Stapels konnten nicht gezählt werden</translation>
    </message>
    <message>
        <source>Could not record the item&apos;s state</source>
        <translation>Der Zustand des Eintrags konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not record the batch&apos;s state</source>
        <translation>Der Zustand des Stapels konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not claim the batch</source>
        <translation>Der Stapel konnte nicht reserviert werden</translation>
    </message>
    <message>
        <source>Could not renew the claim on the batch</source>
        <translation>Die Reservierung des Stapels konnte nicht verlängert werden</translation>
    </message>
    <message>
        <source>Batch %1 is no longer run by this program (its claim expired and was taken or released).</source>
        <translation>Stapel %1 wird nicht mehr von diesem Programm ausgeführt (seine Reservierung ist abgelaufen und wurde übernommen oder freigegeben).</translation>
    </message>
    <message>
        <source>Batch %1 is being run by %2 since %3.</source>
        <translation>Stapel %1 wird seit %3 von %2 ausgeführt.</translation>
    </message>
    <message>
        <source>Only one program runs a batch at a time. Pause or cancel it from there (or here: jobs cancel); it can be taken over if that program stops answering (after %1).</source>
        <translation>Ein Stapel wird immer nur von einem Programm ausgeführt. Pausiere oder breche ihn dort ab (oder hier: jobs cancel); er kann übernommen werden, wenn jenes Programm nicht mehr antwortet (nach %1).</translation>
    </message>
    <message>
        <source>Could not ask the batch&apos;s runner to stop</source>
        <translation>Das Programm, das den Stapel ausführt, konnte nicht zum Anhalten aufgefordert werden</translation>
    </message>
    <message>
        <source>Could not record the change before sending it</source>
        <translation>Die Änderung konnte vor dem Senden nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not record the outcome of the change</source>
        <translation>Das Ergebnis der Änderung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not record the cancelled items</source>
        <translation>Die abgebrochenen Einträge konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Batch %1 is changing hands; try again in a moment.</source>
        <translation>Stapel %1 wird gerade übergeben; versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Could not record the cancel</source>
        <translation>Der Abbruch konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not read the item&apos;s state</source>
        <translation>Der Zustand des Eintrags konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Batch %1 is no longer run by this program; it was not cancelled here.</source>
        <translation>Stapel %1 wird nicht mehr von diesem Programm ausgeführt; er wurde hier nicht abgebrochen.</translation>
    </message>
</context>
<context>
    <name>BulkPlanDialog</name>
    <message>
        <source>Apply even to members whose role changed since this plan</source>
        <translation>Auch auf Mitglieder anwenden, deren Rolle sich seit diesem Plan geändert hat</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %Ln member(s) change, %2 stay as they are.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln Mitglied ändert sich, %2 bleiben, wie sie sind.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln Mitglieder ändern sich, %2 bleiben, wie sie sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Target role</source>
        <translation>Zielrolle</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>%1 (rank %2)</source>
        <translation>%1 (Rang %2)</translation>
    </message>
    <message>
        <source>Not changing:</source>
        <translation>Ändert sich nicht:</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Optional, kept in the history</source>
        <translation>Optional, wird im Verlauf gespeichert</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Normally such members are skipped as conflicts, so a change made by someone else is not overwritten.</source>
        <translation>Normalerweise werden solche Mitglieder als Konflikte übersprungen, damit eine Änderung durch jemand anderen nicht überschrieben wird.</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Tippe %1 zur Bestätigung</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Bestätigen:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %Ln member(s)</source>
        <translation>
            <numerusform>&amp;Auf %Ln Mitglied anwenden</numerusform>
            <numerusform>&amp;Auf %Ln Mitglieder anwenden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>rankdesk-cli: %1</source>
        <translation>rankdesk-cli: %1</translation>
    </message>
    <message>
        <source>Try &apos;rankdesk-cli --help&apos;.</source>
        <translation>Siehe &apos;rankdesk-cli --help&apos;.</translation>
    </message>
    <message>
        <source>roles | members | promote | demote | set-rank | history</source>
        <translation>roles | members | promote | demote | set-rank | history</translation>
    </message>
    <message>
        <source>One base URL for every Roblox host (the simulator).</source>
        <translation>Eine Basis-URL für jeden Roblox-Host (der Simulator).</translation>
    </message>
    <message>
        <source>Open Cloud base URL.</source>
        <translation>Open-Cloud-Basis-URL.</translation>
    </message>
    <message>
        <source>Groups API base URL.</source>
        <translation>Basis-URL der Groups-API.</translation>
    </message>
    <message>
        <source>Users API base URL.</source>
        <translation>Basis-URL der Users-API.</translation>
    </message>
    <message>
        <source>Group id (or RANKDESK_GROUP).</source>
        <translation>Gruppen-ID (oder RANKDESK_GROUP).</translation>
    </message>
    <message>
        <source>opencloud (default) or public.</source>
        <translation>opencloud (Standard) oder public.</translation>
    </message>
    <message>
        <source>opencloud (default), hyra, series or wesk.</source>
        <translation>opencloud (Standard), hyra, series oder wesk.</translation>
    </message>
    <message>
        <source>Base URL of the hosted writer (default: its public API).</source>
        <translation>Basis-URL des gehosteten Schreibdienstes (Standard: seine öffentliche API).</translation>
    </message>
    <message>
        <source>WESK: demote through setRank (for Starter plans).</source>
        <translation>WESK: Degradieren über setRank (für Starter-Pläne).</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>Maschinenlesbare JSON-Ausgabe.</translation>
    </message>
    <message>
        <source>History database file.</source>
        <translation>Verlaufsdatenbank-Datei.</translation>
    </message>
    <message>
        <source>A shared PostgreSQL history: HOST[:PORT]/DATABASE (password from RANKDESK_PG_PASSWORD).</source>
        <translation>Ein gemeinsamer PostgreSQL-Verlauf: HOST[:PORT]/DATENBANK (Passwort aus RANKDESK_PG_PASSWORD).</translation>
    </message>
    <message>
        <source>PostgreSQL user (default: your login name).</source>
        <translation>PostgreSQL-Benutzer (Standard: dein Anmeldename).</translation>
    </message>
    <message>
        <source>Reason stored with the change.</source>
        <translation>Mit der Änderung gespeicherter Grund.</translation>
    </message>
    <message>
        <source>members: text to match.</source>
        <translation>members: zu suchender Text.</translation>
    </message>
    <message>
        <source>members: only this role (rank, name or id).</source>
        <translation>members: nur diese Rolle (Rang, Name oder ID).</translation>
    </message>
    <message>
        <source>history: only this user id.</source>
        <translation>history: nur diese Benutzer-ID.</translation>
    </message>
    <message>
        <source>history: number of rows.</source>
        <translation>history: Anzahl der Zeilen.</translation>
    </message>
    <message>
        <source>bulk: a file of user ids or usernames, one a line.</source>
        <translation>bulk: eine Datei mit Benutzer-IDs oder Benutzernamen, einer pro Zeile.</translation>
    </message>
    <message>
        <source>bulk: every member of the group.</source>
        <translation>bulk: jedes Mitglied der Gruppe.</translation>
    </message>
    <message>
        <source>bulk: apply without asking.</source>
        <translation>bulk: ohne Rückfrage anwenden.</translation>
    </message>
    <message>
        <source>bulk: write even where the role changed since the plan.</source>
        <translation>bulk: auch schreiben, wo sich die Rolle seit dem Plan geändert hat.</translation>
    </message>
    <message>
        <source>bulk: refuse targets at or above this rank.</source>
        <translation>bulk: Ziele auf oder über diesem Rang ablehnen.</translation>
    </message>
    <message>
        <source>bulk: a file of user ids bulk actions must skip.</source>
        <translation>bulk: eine Datei mit Benutzer-IDs, die Massenaktionen überspringen müssen.</translation>
    </message>
    <message>
        <source>history: part of a username, or a user id.</source>
        <translation>history: Teil eines Benutzernamens oder eine Benutzer-ID.</translation>
    </message>
    <message>
        <source>history: promote, demote or set-rank.</source>
        <translation>history: promote, demote oder set-rank.</translation>
    </message>
    <message>
        <source>history: done, failed or skipped.</source>
        <translation>history: done, failed oder skipped.</translation>
    </message>
    <message>
        <source>history: single, bulk, csv-import or revert.</source>
        <translation>history: single, bulk, csv-import oder revert.</translation>
    </message>
    <message>
        <source>history: one batch&apos;s changes.</source>
        <translation>history: die Änderungen eines Stapels.</translation>
    </message>
    <message>
        <source>history: from this date (YYYY-MM-DD, UTC).</source>
        <translation>history: ab diesem Datum (JJJJ-MM-TT, UTC).</translation>
    </message>
    <message>
        <source>history: until this date, inclusive (YYYY-MM-DD, UTC).</source>
        <translation>history: bis zu diesem Datum einschließlich (JJJJ-MM-TT, UTC).</translation>
    </message>
    <message>
        <source>Log every request and step to stderr as well as the log file.</source>
        <translation>Jede Anfrage und jeden Schritt auf stderr und in die Logdatei schreiben.</translation>
    </message>
    <message>
        <source>import: check every row and change nothing (the default).</source>
        <translation>import: jede Zeile prüfen und nichts ändern (Standard).</translation>
    </message>
    <message>
        <source>import: apply the valid rows as one stored, resumable batch.</source>
        <translation>import: die gültigen Zeilen als einen gespeicherten, fortsetzbaren Stapel anwenden.</translation>
    </message>
    <message>
        <source>import: columns, e.g. user=2,target=Rank,reason=3 (number or header).</source>
        <translation>import: Spalten, z. B. user=2,target=Rank,reason=3 (Nummer oder Überschrift).</translation>
    </message>
    <message>
        <source>import: comma, semicolon, tab or pipe (default: detected).</source>
        <translation>import: comma, semicolon, tab oder pipe (Standard: erkannt).</translation>
    </message>
    <message>
        <source>import: apply the valid rows even when others are invalid.</source>
        <translation>import: die gültigen Zeilen anwenden, auch wenn andere ungültig sind.</translation>
    </message>
    <message>
        <source>import: write the checked plan to FILE (.csv or .json).</source>
        <translation>import: den geprüften Plan in DATEI schreiben (.csv oder .json).</translation>
    </message>
    <message>
        <source>Multiply the documented rate limits (a simulator with the same --rate-scale).</source>
        <translation>Die dokumentierten Ratenlimits multiplizieren (ein Simulator mit demselben --rate-scale).</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--reader must be opencloud or public</source>
        <translation>--reader muss opencloud oder public sein</translation>
    </message>
    <message>
        <source>--writer must be opencloud, hyra, series or wesk</source>
        <translation>--writer muss opencloud, hyra, series oder wesk sein</translation>
    </message>
    <message>
        <source>--outcome must be done, failed or skipped</source>
        <translation>--outcome muss done, failed oder skipped sein</translation>
    </message>
    <message>
        <source>--%1 takes a date like 2026-11-23</source>
        <translation>--%1 erwartet ein Datum wie 2026-11-23</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to %1.</source>
        <translation>
            <numerusform>%n Änderung nach %1 geschrieben.</numerusform>
            <numerusform>%n Änderungen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>no group: pass --group ID or set RANKDESK_GROUP</source>
        <translation>keine Gruppe: gib --group ID an oder setze RANKDESK_GROUP</translation>
    </message>
    <message>
        <source>no API key: set RANKDESK_API_KEY (or use --reader public for read-only commands)</source>
        <translation>kein API-Schlüssel: setze RANKDESK_API_KEY (oder nutze --reader public für reine Lesebefehle)</translation>
    </message>
    <message>
        <source>no %1 key: set %2</source>
        <translation>kein %1-Schlüssel: setze %2</translation>
    </message>
    <message>
        <source>audit-import needs an Open Cloud key with legacy-group:manage in RANKDESK_API_KEY</source>
        <translation>audit-import braucht einen Open-Cloud-Schlüssel mit legacy-group:manage in RANKDESK_API_KEY</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the audit log added to the history</source>
        <translation>
            <numerusform>%n Änderung aus dem Audit-Log in den Verlauf übernommen</numerusform>
            <numerusform>%n Änderungen aus dem Audit-Log in den Verlauf übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n made by Rankdesk, already there).</source>
        <translation>
            <numerusform> (%n von Rankdesk vorgenommen, schon vorhanden).</numerusform>
            <numerusform> (%n von Rankdesk vorgenommen, schon vorhanden).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Role ID</source>
        <translation>Rollen-ID</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Mitglied seit</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs a USER (user id or username)</source>
        <translation>%1 braucht einen USER (Benutzer-ID oder Benutzername)</translation>
    </message>
    <message>
        <source>set-rank needs a RANK (rank number, role name or role id)</source>
        <translation>set-rank braucht einen RANK (Rangnummer, Rollenname oder Rollen-ID)</translation>
    </message>
    <message>
        <source>%1 (%2): %3 (rank %4) -&gt; %5 (rank %6)</source>
        <translation>%1 (%2): %3 (Rang %4) -&gt; %5 (Rang %6)</translation>
    </message>
    <message>
        <source>bulk needs promote, demote or set-rank</source>
        <translation>bulk braucht promote, demote oder set-rank</translation>
    </message>
    <message>
        <source>bulk set-rank needs a RANK (rank number, role name or role id)</source>
        <translation>bulk set-rank braucht einen RANK (Rangnummer, Rollenname oder Rollen-ID)</translation>
    </message>
    <message>
        <source>bulk needs exactly one of --role R, --users FILE or --all</source>
        <translation>bulk braucht genau eines von --role R, --users DATEI oder --all</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>rankdesk-cli: line %1: %2 is not a member of the group; left out</source>
        <translation>rankdesk-cli: Zeile %1: %2 ist kein Mitglied der Gruppe; ausgelassen</translation>
    </message>
    <message>
        <source>%1 of %2 selected member(s) would change:</source>
        <translation>%1 von %2 ausgewählten Mitgliedern würden sich ändern:</translation>
    </message>
    <message>
        <source>  -&gt; %1 (rank %2): %3</source>
        <translation>  -&gt; %1 (Rang %2): %3</translation>
    </message>
    <message>
        <source>  unchanged (%1): %2</source>
        <translation>  unverändert (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>bulk changes %n member(s); add --yes to apply them without a terminal</source>
        <translation>
            <numerusform>bulk ändert %n Mitglied; füge --yes hinzu, um ohne Terminal anzuwenden</numerusform>
            <numerusform>bulk ändert %n Mitglieder; füge --yes hinzu, um ohne Terminal anzuwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Type %1 to apply these changes: </source>
        <translation>Tippe %1, um diese Änderungen anzuwenden: </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Batch %1 stored; sending.</source>
        <translation>Stapel %1 gespeichert; wird gesendet.</translation>
    </message>
    <message>
        <source>import needs a FILE</source>
        <translation>import braucht eine DATEI</translation>
    </message>
    <message>
        <source>import takes --dry-run or --apply, not both</source>
        <translation>import nimmt --dry-run oder --apply, nicht beides</translation>
    </message>
    <message>
        <source>--delimiter must be comma, semicolon, tab or pipe</source>
        <translation>--delimiter muss comma, semicolon, tab oder pipe sein</translation>
    </message>
    <message>
        <source>cannot tell which columns hold the member and the target; pass --map user=COLUMN,target=COLUMN</source>
        <translation>es ist nicht erkennbar, welche Spalten das Mitglied und das Ziel enthalten; gib --map user=SPALTE,target=SPALTE an</translation>
    </message>
    <message>
        <source><byte value="xd"/>Reading: %1%</source>
        <translation><byte value="xd"/>Lese: %1%</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3-separated, %n data row(s).</source>
        <translation>
            <numerusform>%1: %2, %3-getrennt, %n Datenzeile.</numerusform>
            <numerusform>%1: %2, %3-getrennt, %n Datenzeilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) were not valid UTF-8 and were read as Windows-1252.</source>
        <translation>
            <numerusform>%n Zeile war kein gültiges UTF-8 und wurde als Windows-1252 gelesen.</numerusform>
            <numerusform>%n Zeilen waren kein gültiges UTF-8 und wurden als Windows-1252 gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Change or reason</source>
        <translation>Änderung oder Grund</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed. Apply with --apply.</source>
        <translation>Probelauf: Es wurde nichts geändert. Anwenden mit --apply.</translation>
    </message>
    <message numerus="yes">
        <source>rankdesk-cli: nothing was applied: %n row(s) are invalid or conflict. Fix them, or pass --skip-invalid to apply only the valid rows.</source>
        <translation>
            <numerusform>rankdesk-cli: nichts angewendet: %n Zeile ist ungültig oder im Konflikt. Korrigiere sie oder gib --skip-invalid an, um nur die gültigen Zeilen anzuwenden.</numerusform>
            <numerusform>rankdesk-cli: nichts angewendet: %n Zeilen sind ungültig oder im Konflikt. Korrigiere sie oder gib --skip-invalid an, um nur die gültigen Zeilen anzuwenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to apply: no row changes anything.</source>
        <translation>Nichts anzuwenden: keine Zeile ändert etwas.</translation>
    </message>
    <message>
        <source><byte value="xd"/>%1/%2 done, %3 failed, %4 skipped, %5/min, ETA %6 s   </source>
        <translation><byte value="xd"/>%1/%2 erledigt, %3 fehlgeschlagen, %4 übersprungen, %5/min, noch ca. %6 s   </translation>
    </message>
    <message>
        <source>Batch %1: %2 done, %3 failed, %4 skipped, %5 pending.</source>
        <translation>Stapel %1: %2 erledigt, %3 fehlgeschlagen, %4 übersprungen, %5 ausstehend.</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Erstellt (UTC)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>jobs %1 needs a batch id (see: rankdesk-cli jobs list)</source>
        <translation>jobs %1 braucht eine Stapel-ID (siehe: rankdesk-cli jobs list)</translation>
    </message>
    <message>
        <source>jobs export needs a batch id and a FILE</source>
        <translation>jobs export braucht eine Stapel-ID und eine DATEI</translation>
    </message>
    <message>
        <source>Results of batch %1 written to %2.</source>
        <translation>Ergebnisse von Stapel %1 nach %2 geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 cancelled; %n item(s) were not sent.</source>
        <translation>
            <numerusform>Stapel %1 abgebrochen; %n Eintrag wurde nicht gesendet.</numerusform>
            <numerusform>Stapel %1 abgebrochen; %n Einträge wurden nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hyra: the key&apos;s workspace id (for check).</source>
        <translation>Hyra: die Workspace-ID des Schlüssels (für check).</translation>
    </message>
    <message>
        <source>A profile saved in Rankdesk (its name or id): group, providers, base URLs and keys. Other options override it.</source>
        <translation>Ein in Rankdesk gespeichertes Profil (Name oder ID): Gruppe, Anbieter, Basis-URLs und Schlüssel. Andere Optionen überschreiben es.</translation>
    </message>
    <message>
        <source>the Sandbox lives inside the rankdesk window; for the command line, start rankdesk-sim and pass --base-url</source>
        <translation>die Sandbox lebt im rankdesk-Fenster; für die Kommandozeile starte rankdesk-sim und gib --base-url an</translation>
    </message>
    <message>
        <source>no saved profile &apos;%1&apos;; there are none yet (File → Profiles… in rankdesk)</source>
        <translation>kein gespeichertes Profil &apos;%1&apos;; es gibt noch keine (Datei → Profile… in rankdesk)</translation>
    </message>
    <message>
        <source>no saved profile &apos;%1&apos;; saved: %2</source>
        <translation>kein gespeichertes Profil &apos;%1&apos;; gespeichert: %2</translation>
    </message>
    <message>
        <source>Rank members of a Roblox group from the command line.

Commands:
  roles                     list the group&apos;s roles
  members [--filter TEXT]   list members (filter by name, display name or id; --role R)
  promote USER              move a member one assignable rank up
  demote USER               move a member one assignable rank down
  set-rank USER RANK        RANK is a rank number, a role name or a role id
  history                   rank changes, newest first: --user ID, --member TEXT, --role ID,
                            --action, --outcome, --source, --batch, --from/--to DATE, --limit;
                            --export FILE writes every matching row (.csv or .json)
  check                     test the writer&apos;s key with a harmless call
  bulk promote|demote|set-rank [RANK] (--role R | --users FILE | --all) [--yes]
                            change many members in one stored, resumable batch
  jobs list | resume ID | retry ID | pause ID | cancel ID | export ID FILE
                            batches: finish, retry the failed items of, pause or cancel one
                            (also one another program runs: it stops before its next request)
  audit-import              bring the group&apos;s rank changes from Roblox&apos;s audit log into the
                            history (an Open Cloud key with legacy-group:manage)
  import FILE [--dry-run | --apply] [--map user=COL,target=COL,reason=COL]
                            rank changes from a CSV file (Excel, LibreOffice, Google Sheets);
                            a dry run (the default) checks every row against the live roster

USER is a user id or a username. Keys are read from the environment, never from the
command line (ps would show them): RANKDESK_API_KEY (Open Cloud), RANKDESK_HYRA_KEY,
RANKDESK_SERIES_KEY, RANKDESK_WESK_KEY for --writer hyra|series|wesk.

Exit codes: 0 done, 1 failure (the history database included), 2 usage, 3 refused,
4 authentication or permission, 5 not found, 6 rate limited or unreachable,
7 the batch is being run (or was paused) by another program.</source>
        <translation>Ränge der Mitglieder einer Roblox-Gruppe über die Kommandozeile ändern.

Befehle:
  roles                     die Rollen der Gruppe auflisten
  members [--filter TEXT]   Mitglieder auflisten (Filter nach Name, Anzeigename oder ID; --role R)
  promote USER              ein Mitglied einen zuweisbaren Rang höher stufen
  demote USER               ein Mitglied einen zuweisbaren Rang tiefer stufen
  set-rank USER RANK        RANK ist eine Rangnummer, ein Rollenname oder eine Rollen-ID
  history                   Rangänderungen, neueste zuerst: --user ID, --member TEXT, --role ID,
                            --action, --outcome, --source, --batch, --from/--to DATUM, --limit;
                            --export DATEI schreibt jede passende Zeile (.csv oder .json)
  check                     den Schlüssel des Schreibdienstes mit einem harmlosen Aufruf testen
  bulk promote|demote|set-rank [RANK] (--role R | --users DATEI | --all) [--yes]
                            viele Mitglieder in einem gespeicherten, fortsetzbaren Stapel ändern
  jobs list | resume ID | retry ID | pause ID | cancel ID | export ID DATEI
                            Stapel: einen beenden, seine fehlgeschlagenen Einträge wiederholen,
                            ihn pausieren oder abbrechen (auch einen, den ein anderes Programm
                            ausführt: es hält vor seiner nächsten Anfrage an)
  audit-import              die Rangänderungen der Gruppe aus dem Roblox-Audit-Log in den
                            Verlauf übernehmen (ein Open-Cloud-Schlüssel mit legacy-group:manage)
  import DATEI [--dry-run | --apply] [--map user=SPALTE,target=SPALTE,reason=SPALTE]
                            Rangänderungen aus einer CSV-Datei (Excel, LibreOffice, Google Sheets);
                            ein Probelauf (Standard) prüft jede Zeile gegen die aktuelle Mitgliederliste

USER ist eine Benutzer-ID oder ein Benutzername. Schlüssel werden aus der Umgebung gelesen, nie von der
Kommandozeile (ps würde sie zeigen): RANKDESK_API_KEY (Open Cloud), RANKDESK_HYRA_KEY,
RANKDESK_SERIES_KEY, RANKDESK_WESK_KEY für --writer hyra|series|wesk.

Exit-Codes: 0 erledigt, 1 Fehler (auch der Verlaufsdatenbank), 2 Aufruf, 3 abgelehnt,
4 Anmeldung oder Berechtigung, 5 nicht gefunden, 6 Ratenlimit oder nicht erreichbar,
7 der Stapel wird von einem anderen Programm ausgeführt (oder wurde von dort pausiert).</translation>
    </message>
    <message>
        <source>--group (or RANKDESK_GROUP) takes a group id, a whole number from 1 up; &quot;%1&quot; is not one</source>
        <translation>--group (oder RANKDESK_GROUP) erwartet eine Gruppen-ID, eine ganze Zahl ab 1; „%1“ ist keine</translation>
    </message>
    <message>
        <source>--rate-scale takes a number above 0 and up to 1000; &quot;%1&quot; is not one</source>
        <translation>--rate-scale erwartet eine Zahl über 0 und bis 1000; „%1“ ist keine</translation>
    </message>
    <message>
        <source>--user takes a user id, a whole number from 1 up; &quot;%1&quot; is not one</source>
        <translation>--user erwartet eine Benutzer-ID, eine ganze Zahl ab 1; „%1“ ist keine</translation>
    </message>
    <message>
        <source>--limit takes a number of rows from 1 to 1000000; &quot;%1&quot; is not one</source>
        <translation>--limit erwartet eine Zeilenzahl von 1 bis 1000000; „%1“ ist keine</translation>
    </message>
    <message>
        <source>--ceiling takes a rank from 1 to 255; &quot;%1&quot; is not one</source>
        <translation>--ceiling erwartet einen Rang von 1 bis 255; „%1“ ist keiner</translation>
    </message>
    <message>
        <source>--protected: line %1 of %2 is not a user id: &quot;%3&quot;</source>
        <translation>--protected: Zeile %1 von %2 ist keine Benutzer-ID: „%3“</translation>
    </message>
    <message>
        <source>rankdesk-cli: %1 Resume with: %2</source>
        <translation>rankdesk-cli: %1 Fortsetzen mit: %2</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Ausgeführt von</translation>
    </message>
    <message>
        <source>Batch %1 is not being run by any program.</source>
        <translation>Stapel %1 wird von keinem Programm ausgeführt.</translation>
    </message>
    <message>
        <source>Asked the program running batch %1 to pause before its next request.</source>
        <translation>Das Programm, das Stapel %1 ausführt, wurde gebeten, vor seiner nächsten Anfrage zu pausieren.</translation>
    </message>
    <message>
        <source>Batch %1 is being run by %2: asked it to cancel before its next request.</source>
        <translation>Stapel %1 wird von %2 ausgeführt: um Abbruch vor der nächsten Anfrage gebeten.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>einem anderen Programm</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) had been sent before and their answer was lost; check those members.</source>
        <translation>
            <numerusform>%n Eintrag war bereits gesendet worden und seine Antwort ging verloren; prüfe dieses Mitglied.</numerusform>
            <numerusform>%n Einträge waren bereits gesendet worden und ihre Antwort ging verloren; prüfe diese Mitglieder.</numerusform>
        </translation>
    </message>
    <message>
        <source>jobs takes list, resume ID, retry ID, pause ID, cancel ID or export ID FILE</source>
        <translation>jobs nimmt list, resume ID, retry ID, pause ID, cancel ID oder export ID DATEI</translation>
    </message>
    <message numerus="yes">
        <source> %n sent, outcome not recorded yet (checked first on resume).</source>
        <translation>
            <numerusform> %n gesendet, Ergebnis noch nicht erfasst (wird beim Fortsetzen zuerst geprüft).</numerusform>
            <numerusform> %n gesendet, Ergebnisse noch nicht erfasst (werden beim Fortsetzen zuerst geprüft).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmChangeDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Befördern</translation>
    </message>
    <message>
        <source>Demote</source>
        <translation>Degradieren</translation>
    </message>
    <message>
        <source>Set the rank of</source>
        <translation>Den Rang setzen von</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;from &lt;b&gt;%3&lt;/b&gt; (rank %4)&lt;br&gt;to the %5 rank %6 chooses&lt;br&gt;(Rankdesk expects &lt;b&gt;%7&lt;/b&gt;, rank %8)?</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;von &lt;b&gt;%3&lt;/b&gt; (Rang %4)&lt;br&gt;auf den %5 Rang, den %6 wählt&lt;br&gt;(Rankdesk erwartet &lt;b&gt;%7&lt;/b&gt;, Rang %8)?</translation>
    </message>
    <message>
        <source>next</source>
        <translation>nächsten</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>vorherigen</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;from &lt;b&gt;%3&lt;/b&gt; (rank %4)&lt;br&gt;to &lt;b&gt;%5&lt;/b&gt; (rank %6)?</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;von &lt;b&gt;%3&lt;/b&gt; (Rang %4)&lt;br&gt;auf &lt;b&gt;%5&lt;/b&gt; (Rang %6)?</translation>
    </message>
    <message>
        <source>Confirm rank change</source>
        <translation>Rangänderung bestätigen</translation>
    </message>
    <message>
        <source>Optional, kept in the history</source>
        <translation>Optional, wird im Verlauf gespeichert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>Key accepted</source>
        <translation>Schlüssel akzeptiert</translation>
    </message>
    <message>
        <source>The key has expired. Create a new one on the Creator Dashboard.</source>
        <translation>Der Schlüssel ist abgelaufen. Erstelle einen neuen im Creator Dashboard.</translation>
    </message>
    <message>
        <source>The key is disabled. Enable it on the Creator Dashboard.</source>
        <translation>Der Schlüssel ist deaktiviert. Aktiviere ihn im Creator Dashboard.</translation>
    </message>
    <message>
        <source>Yes.</source>
        <translation>Ja.</translation>
    </message>
    <message>
        <source>Yes: &quot;%1&quot;.</source>
        <translation>Ja: „%1“.</translation>
    </message>
    <message>
        <source>Reads the group</source>
        <translation>Liest die Gruppe</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %Ln member(s).</source>
        <translation>
            <numerusform>%1 (%2), %Ln Mitglied.</numerusform>
            <numerusform>%1 (%2), %Ln Mitglieder.</numerusform>
        </translation>
    </message>
    <message>
        <source>May change ranks</source>
        <translation>Darf Ränge ändern</translation>
    </message>
    <message>
        <source>Unknown: the key was not accepted.</source>
        <translation>Unbekannt: Der Schlüssel wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The key has the group:write scope for this group.</source>
        <translation>Der Schlüssel hat die Berechtigung group:write für diese Gruppe.</translation>
    </message>
    <message>
        <source>The key lacks the group:write scope for this group; it can only read. Add the scope on the Creator Dashboard.</source>
        <translation>Dem Schlüssel fehlt die Berechtigung group:write für diese Gruppe; er kann nur lesen. Füge sie im Creator Dashboard hinzu.</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>There is no file %1.</source>
        <translation>Es gibt keine Datei %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>Die Datei hat keine Zeilen.</translation>
    </message>
    <message>
        <source>No row of the file could be read: %1</source>
        <translation>Keine Zeile der Datei konnte gelesen werden: %1</translation>
    </message>
    <message>
        <source>Choose the column with the members and the column with the targets.</source>
        <translation>Wähle die Spalte mit den Mitgliedern und die Spalte mit den Zielen.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Lines %1–%2 (%3 rows) were not read: one import takes at most %4 rows. Split the file.</source>
        <translation>Zeilen %1–%2 (%3 Zeilen) wurden nicht gelesen: ein Import nimmt höchstens %4 Zeilen. Teile die Datei.</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>senkrechter Strich</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>This is not a CSV or text file: it contains binary data. Export the sheet as CSV (File → Download → CSV in Google Sheets; Save As → CSV in Excel or LibreOffice).</source>
        <translation>Das ist keine CSV- oder Textdatei: Sie enthält Binärdaten. Exportiere die Tabelle als CSV (in Google Sheets Datei → Herunterladen → CSV; in Excel oder LibreOffice Speichern unter → CSV).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Lines %1–%2 skipped: %3</source>
        <translation>Zeilen %1–%2 übersprungen: %3</translation>
    </message>
    <message>
        <source>Line %1 skipped: %2</source>
        <translation>Zeile %1 übersprungen: %2</translation>
    </message>
    <message>
        <source>Lines %1–%2 could not be read: the quote opened on line %3 never closes.</source>
        <translation>Zeilen %1–%2 konnten nicht gelesen werden: Das in Zeile %3 geöffnete Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>a quoted cell opened on line %1 runs on for more than %2 characters (a quote that never closes?).</source>
        <translation>eine in Zeile %1 begonnene Zelle in Anführungszeichen läuft über mehr als %2 Zeichen (ein nie geschlossenes Anführungszeichen?).</translation>
    </message>
    <message>
        <source>the row is longer than %1 characters.</source>
        <translation>die Zeile ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>Line %1 skipped: it has more than %2 columns.</source>
        <translation>Zeile %1 übersprungen: Sie hat mehr als %2 Spalten.</translation>
    </message>
</context>
<context>
    <name>CsvTextDecoder</name>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <source>UTF-16 LE</source>
        <translation>UTF-16 LE</translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot open the history database %1</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>PostgreSQL support is not installed (Qt&apos;s QPSQL driver; on Debian: libqt6sql6-psql).</source>
        <translation>PostgreSQL-Unterstützung ist nicht installiert (Qts QPSQL-Treiber; unter Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot open the PostgreSQL history %1 on %2:%3</source>
        <translation>Der PostgreSQL-Verlauf %1 auf %2:%3 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL location; write HOST[:PORT]/DATABASE, e.g. db.example.org:5432/rankdesk.</source>
        <translation>„%1“ ist kein PostgreSQL-Ort; schreibe HOST[:PORT]/DATENBANK, z. B. db.example.org:5432/rankdesk.</translation>
    </message>
    <message>
        <source>Cannot prepare the history database</source>
        <translation>Die Verlaufsdatenbank kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>The history database was written by a newer Rankdesk (schema %1; this version knows up to %2). It was left untouched; update Rankdesk to open it.</source>
        <translation>Die Verlaufsdatenbank wurde von einem neueren Rankdesk geschrieben (Schema %1; diese Version kennt bis %2). Sie blieb unverändert; aktualisiere Rankdesk, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Migration to schema %1 failed</source>
        <translation>Migration auf Schema %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>Prozess %1</translation>
    </message>
    <message>
        <source>process %1 (%2)</source>
        <translation>Prozess %1 (%2)</translation>
    </message>
    <message>
        <source>%1: the history database %2 is locked by another program.</source>
        <translation>%1: Die Verlaufsdatenbank %2 ist von einem anderen Programm gesperrt.</translation>
    </message>
    <message>
        <source>%1: the history database %2 is locked by %3.</source>
        <translation>%1: Die Verlaufsdatenbank %2 ist von %3 gesperrt.</translation>
    </message>
    <message>
        <source>Wait until it has finished, or close it, then try again.</source>
        <translation>Warte, bis es fertig ist, oder schließe es, und versuche es dann erneut.</translation>
    </message>
    <message>
        <source>%1: the history database %2 is read-only.</source>
        <translation>%1: Die Verlaufsdatenbank %2 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Make the file and its folder writable, or open another history (--db FILE).</source>
        <translation>Mache die Datei und ihren Ordner beschreibbar oder öffne einen anderen Verlauf (--db DATEI).</translation>
    </message>
    <message>
        <source>%1: the disk holding %2 is full.</source>
        <translation>%1: Der Datenträger mit %2 ist voll.</translation>
    </message>
    <message>
        <source>Free some space on that disk, then try again.</source>
        <translation>Gib auf diesem Datenträger Platz frei und versuche es dann erneut.</translation>
    </message>
    <message>
        <source>%1: the history database %2 is damaged (%3).</source>
        <translation>%1: Die Verlaufsdatenbank %2 ist beschädigt (%3).</translation>
    </message>
    <message>
        <source>Keep a copy of the file; recover what it holds with &quot;sqlite3 %1 .recover | sqlite3 recovered.sqlite&quot;, or move it away to start a new history.</source>
        <translation>Bewahre eine Kopie der Datei auf; stelle ihren Inhalt mit „sqlite3 %1 .recover | sqlite3 recovered.sqlite“ wieder her oder verschiebe sie, um einen neuen Verlauf zu beginnen.</translation>
    </message>
    <message>
        <source>%1: %2 could not be written (%3).</source>
        <translation>%1: %2 konnte nicht geschrieben werden (%3).</translation>
    </message>
    <message>
        <source>Check the disk, its free space and the file&apos;s permissions.</source>
        <translation>Prüfe den Datenträger, seinen freien Platz und die Berechtigungen der Datei.</translation>
    </message>
    <message>
        <source>Check the PostgreSQL user (--pg-user) and its password (RANKDESK_PG_PASSWORD, or the one saved in the keychain).</source>
        <translation>Prüfe den PostgreSQL-Benutzer (--pg-user) und sein Passwort (RANKDESK_PG_PASSWORD oder das im Schlüsselbund gespeicherte).</translation>
    </message>
    <message>
        <source>The PostgreSQL server accepts no writes (a read-only replica or a read-only user).</source>
        <translation>Der PostgreSQL-Server nimmt keine Schreibzugriffe an (eine schreibgeschützte Replik oder ein Benutzer nur mit Leserechten).</translation>
    </message>
    <message>
        <source>The PostgreSQL server&apos;s disk is full.</source>
        <translation>Der Datenträger des PostgreSQL-Servers ist voll.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The PostgreSQL server reports damaged data; ask its administrator.</source>
        <translation>Der PostgreSQL-Server meldet beschädigte Daten; wende dich an seinen Administrator.</translation>
    </message>
    <message>
        <source>Cannot use the history database</source>
        <translation>Die Verlaufsdatenbank kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Cannot write to the history database</source>
        <translation>In die Verlaufsdatenbank kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot check the history database</source>
        <translation>Die Verlaufsdatenbank kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>The history database %1 is damaged (%2). It was left untouched.</source>
        <translation>Die Verlaufsdatenbank %1 ist beschädigt (%2). Sie blieb unverändert.</translation>
    </message>
    <message>
        <source>%1: the PostgreSQL server cannot be reached (%2).</source>
        <translation>%1: Der PostgreSQL-Server ist nicht erreichbar (%2).</translation>
    </message>
    <message>
        <source>Check that the server at %1:%2 is running and reachable from this machine, then try again.</source>
        <translation>Prüfe, ob der Server unter %1:%2 läuft und von diesem Rechner aus erreichbar ist, und versuche es dann erneut.</translation>
    </message>
    <message>
        <source>Check the database name in --pg HOST[:PORT]/DATABASE, or ask the server&apos;s administrator to create it.</source>
        <translation>Prüfe den Datenbanknamen in --pg HOST[:PORT]/DATENBANK oder bitte die Administration des Servers, sie anzulegen.</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Changes per day</source>
        <translation>Änderungen pro Tag</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Befördern</translation>
    </message>
    <message>
        <source>Demote</source>
        <translation>Degradieren</translation>
    </message>
    <message>
        <source>Set rank</source>
        <translation>Rang setzen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>wk %1</source>
        <translation>KW %1</translation>
    </message>
    <message>
        <source>No changes match the filter.</source>
        <translation>Keine Änderungen passen zum Filter.</translation>
    </message>
    <message>
        <source>Changes per week</source>
        <translation>Änderungen pro Woche</translation>
    </message>
    <message>
        <source>Changes per day (UTC)</source>
        <translation>Änderungen pro Tag (UTC)</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>time_utc</source>
        <translation>time_utc</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profile</translation>
    </message>
    <message>
        <source>group_id</source>
        <translation>group_id</translation>
    </message>
    <message>
        <source>user_id</source>
        <translation>user_id</translation>
    </message>
    <message>
        <source>username</source>
        <translation>username</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>from_role</source>
        <translation>from_role</translation>
    </message>
    <message>
        <source>from_rank</source>
        <translation>from_rank</translation>
    </message>
    <message>
        <source>to_role</source>
        <translation>to_role</translation>
    </message>
    <message>
        <source>to_rank</source>
        <translation>to_rank</translation>
    </message>
    <message>
        <source>backend</source>
        <translation>backend</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>batch_id</source>
        <translation>batch_id</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>actor</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Single change</source>
        <translation>Einzeländerung</translation>
    </message>
    <message>
        <source>Bulk</source>
        <translation>Massenänderung</translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation>CSV-Import</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Outside Rankdesk</source>
        <translation>Außerhalb von Rankdesk</translation>
    </message>
    <message>
        <source>Roblox audit log</source>
        <translation>Roblox-Audit-Log</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Befördern</translation>
    </message>
    <message>
        <source>Demote</source>
        <translation>Degradieren</translation>
    </message>
    <message>
        <source>Set rank</source>
        <translation>Rang setzen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Error / reason</source>
        <translation>Fehler / Grund</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Could not record the change in the history</source>
        <translation>Die Änderung konnte nicht im Verlauf gespeichert werden</translation>
    </message>
    <message>
        <source>Could not read the history</source>
        <translation>Der Verlauf konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not count the history</source>
        <translation>Der Verlauf konnte nicht gezählt werden</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>All &amp;groups</source>
        <translation>Alle &amp;Gruppen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Revert selected…</source>
        <translation>Auswahl &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>Revert &amp;all shown…</source>
        <translation>&amp;Alle angezeigten rückgängig machen…</translation>
    </message>
    <message>
        <source>Import Roblox &amp;audit log</source>
        <translation>Roblox-&amp;Audit-Log importieren</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Bring the group&apos;s rank changes from Roblox&apos;s audit log into this history (an Open Cloud key with legacy-group:manage).</source>
        <translation>Die Rangänderungen der Gruppe aus dem Roblox-Audit-Log in diesen Verlauf übernehmen (ein Open-Cloud-Schlüssel mit legacy-group:manage).</translation>
    </message>
    <message>
        <source>Name or user ID</source>
        <translation>Name oder Benutzer-ID</translation>
    </message>
    <message>
        <source>Batch ID</source>
        <translation>Stapel-ID</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Jede Aktion</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Befördern</translation>
    </message>
    <message>
        <source>Demote</source>
        <translation>Degradieren</translation>
    </message>
    <message>
        <source>Set rank</source>
        <translation>Rang setzen</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Jede Quelle</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Jede Rolle</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Mitglied:</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Stapel:</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>Ä&amp;nderungen</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>&amp;Diagramm</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>History of batch %1</source>
        <translation>Verlauf von Stapel %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching change(s)</source>
        <translation>
            <numerusform>%Ln passende Änderung</numerusform>
            <numerusform>%Ln passende Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 erledigt</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Undo every change shown: filter by a batch (or a member) first.</source>
        <translation>Jede angezeigte Änderung rückgängig machen: zuerst nach einem Stapel (oder Mitglied) filtern.</translation>
    </message>
    <message>
        <source>Select a change to see all it recorded.</source>
        <translation>Wähle eine Änderung, um alles zu sehen, was sie festgehalten hat.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes selected.</source>
        <translation>
            <numerusform>%n Änderung ausgewählt.</numerusform>
            <numerusform>%n Änderungen ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (rank %2)</source>
        <translation>%1 (Rang %2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>%1 (user ID %2)</source>
        <translation>%1 (Benutzer-ID %2)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Durch</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>history.csv</source>
        <translation>verlauf.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) written to %1</source>
        <translation>
            <numerusform>%Ln Änderung nach %1 geschrieben</numerusform>
            <numerusform>%Ln Änderungen nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>Änderung %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rückgängig machen</translation>
    </message>
    <message>
        <source>More than %1 changes are shown; narrow the filter first.</source>
        <translation>Es werden mehr als %1 Änderungen angezeigt; grenze den Filter zuerst ein.</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>Stapel %1</translation>
    </message>
</context>
<context>
    <name>HyraWriter</name>
    <message>
        <source>Hyra can only test a key through its workspace: enter the workspace ID in the profile. Otherwise the first rank change will tell.</source>
        <translation>Hyra kann einen Schlüssel nur über seinen Workspace testen: gib die Workspace-ID im Profil ein. Sonst zeigt es die erste Rangänderung.</translation>
    </message>
    <message numerus="yes">
        <source>Workspace %1 answers; %n group role(s) linked.</source>
        <translation>
            <numerusform>Workspace %1 antwortet; %n Gruppenrolle verknüpft.</numerusform>
            <numerusform>Workspace %1 antwortet; %n Gruppenrollen verknüpft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportApplyPage</name>
    <message>
        <source>Dry run or apply</source>
        <translation>Probelauf oder anwenden</translation>
    </message>
    <message>
        <source>&amp;Dry run: change nothing (the plan can be exported on the previous page)</source>
        <translation>&amp;Probelauf: nichts ändern (der Plan kann auf der vorigen Seite exportiert werden)</translation>
    </message>
    <message>
        <source>Write even where a member&apos;s role changed since this check</source>
        <translation>Auch schreiben, wo sich die Rolle eines Mitglieds seit dieser Prüfung geändert hat</translation>
    </message>
    <message>
        <source>Type the number of changes to confirm</source>
        <translation>Tippe die Anzahl der Änderungen zur Bestätigung</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) can be applied as one stored, resumable batch; </source>
        <translation>
            <numerusform>%n Änderung kann als ein gespeicherter, fortsetzbarer Stapel angewendet werden; </numerusform>
            <numerusform>%n Änderungen können als ein gespeicherter, fortsetzbarer Stapel angewendet werden; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are left out (invalid, conflicting, duplicate or already there).</source>
        <translation>
            <numerusform>%n Zeile wird ausgelassen (ungültig, im Konflikt, doppelt oder schon so).</numerusform>
            <numerusform>%n Zeilen werden ausgelassen (ungültig, im Konflikt, doppelt oder schon so).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n change(s) now</source>
        <translation>
            <numerusform>%n Änderung jetzt &amp;anwenden</numerusform>
            <numerusform>%n Änderungen jetzt &amp;anwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Tippe %1 zur Bestätigung:</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <source>Check every row</source>
        <translation>Jede Zeile prüfen</translation>
    </message>
    <message>
        <source>Each row against the live roster and your guard rails. Nothing has been changed.</source>
        <translation>Jede Zeile gegen die aktuelle Mitgliederliste und deine Schutzregeln. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&amp;Cancel reading</source>
        <translation>Lesen &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation>Zeilen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Export plan…</source>
        <translation>Plan &amp;exportieren…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s) against the roster…</source>
        <translation>
            <numerusform>Prüfe %n Zeile gegen die Mitgliederliste…</numerusform>
            <numerusform>Prüfe %n Zeilen gegen die Mitgliederliste…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading was cancelled. Nothing was checked or changed.</source>
        <translation>Das Lesen wurde abgebrochen. Nichts wurde geprüft oder geändert.</translation>
    </message>
    <message>
        <source>The rows could not be checked: %1</source>
        <translation>Die Zeilen konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>All rows (%1)</source>
        <translation>Alle Zeilen (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Changes per target role: %1</source>
        <translation>Änderungen pro Zielrolle: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) were not valid UTF-8 and were read as Windows-1252.</source>
        <translation>
            <numerusform>%n Zeile war kein gültiges UTF-8 und wurde als Windows-1252 gelesen.</numerusform>
            <numerusform>%n Zeilen waren kein gültiges UTF-8 und wurden als Windows-1252 gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>-plan.csv</source>
        <translation>-plan.csv</translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>Plan exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Plan written to %1.</source>
        <translation>Plan nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Checked rows</source>
        <translation>Geprüfte Zeilen</translation>
    </message>
</context>
<context>
    <name>ImportChecksModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Current role</source>
        <translation>Aktuelle Rolle</translation>
    </message>
    <message>
        <source>Target role</source>
        <translation>Zielrolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Change or reason</source>
        <translation>Änderung oder Grund</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>line</source>
        <translation>line</translation>
    </message>
    <message>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <source>user_id</source>
        <translation>user_id</translation>
    </message>
    <message>
        <source>username</source>
        <translation>username</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>current_role</source>
        <translation>current_role</translation>
    </message>
    <message>
        <source>current_rank</source>
        <translation>current_rank</translation>
    </message>
    <message>
        <source>target_role</source>
        <translation>target_role</translation>
    </message>
    <message>
        <source>target_rank</source>
        <translation>target_rank</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>previous_role</source>
        <translation>previous_role</translation>
    </message>
    <message>
        <source>new_role</source>
        <translation>new_role</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>attempts</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ImportMapPage</name>
    <message>
        <source>Map the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Which column holds the member (user id, username or profile URL), which the target (rank, role name, role id, promote, demote, +N or -N), and which an optional reason.</source>
        <translation>Welche Spalte das Mitglied enthält (Benutzer-ID, Benutzername oder Profil-URL), welche das Ziel (Rang, Rollenname, Rollen-ID, promote, demote, +N oder -N) und welche einen optionalen Grund.</translation>
    </message>
    <message>
        <source>Member column</source>
        <translation>Mitgliederspalte</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>Zielspalte</translation>
    </message>
    <message>
        <source>Reason column</source>
        <translation>Grundspalte</translation>
    </message>
    <message>
        <source>The first row is a &amp;header</source>
        <translation>Die erste Zeile ist eine Über&amp;schrift</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Mitglied:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (e.g. %3)</source>
        <translation>%1: %2 (z. B. %3)</translation>
    </message>
    <message>
        <source>The member and the target must be two different columns.</source>
        <translation>Mitglied und Ziel müssen zwei verschiedene Spalten sein.</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>&quot;%1&quot; is not a mapping; write user=COLUMN,target=COLUMN[,reason=COLUMN].</source>
        <translation>„%1“ ist keine Zuordnung; schreibe user=SPALTE,target=SPALTE[,reason=SPALTE].</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot;; give its number (1 is the first) or its header name.</source>
        <translation>Es gibt keine Spalte „%1“; gib ihre Nummer (1 ist die erste) oder ihre Überschrift an.</translation>
    </message>
    <message>
        <source>The mapping needs different user and target columns.</source>
        <translation>Die Zuordnung braucht verschiedene Spalten für user und target.</translation>
    </message>
</context>
<context>
    <name>ImportReadPage</name>
    <message>
        <source>Read the file</source>
        <translation>Datei lesen</translation>
    </message>
    <message>
        <source>A CSV or text export from Excel, LibreOffice or Google Sheets. Encoding and delimiter are detected.</source>
        <translation>Ein CSV- oder Textexport aus Excel, LibreOffice oder Google Sheets. Kodierung und Trennzeichen werden erkannt.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>Senkrechter Strich</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV- und Textdateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Wähle eine Datei.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2-separated · %n column(s) · first %3 rows shown</source>
        <translation>
            <numerusform>%1 · %2-getrennt · %n Spalte · die ersten %3 Zeilen werden angezeigt</numerusform>
            <numerusform>%1 · %2-getrennt · %n Spalten · die ersten %3 Zeilen werden angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
</context>
<context>
    <name>ImportValidator</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Keine Änderung</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doppelt</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>The member cell is empty.</source>
        <translation>Die Mitgliederzelle ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user id, a username or a roblox.com profile URL.</source>
        <translation>„%1“ ist weder eine Benutzer-ID noch ein Benutzername noch eine roblox.com-Profil-URL.</translation>
    </message>
    <message>
        <source>No Roblox user is named &quot;%1&quot;.</source>
        <translation>Kein Roblox-Benutzer heißt „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a member of the group.</source>
        <translation>„%1“ ist kein Mitglied der Gruppe.</translation>
    </message>
    <message>
        <source>No Roblox user has the id %1.</source>
        <translation>Kein Roblox-Benutzer hat die ID %1.</translation>
    </message>
    <message>
        <source>%1 is not a member of the group.</source>
        <translation>%1 ist kein Mitglied der Gruppe.</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>Protected: bulk actions skip this member.</source>
        <translation>Geschützt: Massenaktionen überspringen dieses Mitglied.</translation>
    </message>
    <message>
        <source>The target cell is empty.</source>
        <translation>Die Zielzelle ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rank, a role, promote, demote or a +N/-N step.</source>
        <translation>„%1“ ist weder ein Rang noch eine Rolle, promote, demote oder ein Schritt +N/-N.</translation>
    </message>
    <message>
        <source>Already %1 (rank %2).</source>
        <translation>Bereits %1 (Rang %2).</translation>
    </message>
    <message>
        <source>%1 (rank %2) → %3 (rank %4)</source>
        <translation>%1 (Rang %2) → %3 (Rang %4)</translation>
    </message>
    <message>
        <source>Same change as line %1.</source>
        <translation>Dieselbe Änderung wie Zeile %1.</translation>
    </message>
    <message>
        <source>line %1 asks for %2 (rank %3)</source>
        <translation>Zeile %1 verlangt %2 (Rang %3)</translation>
    </message>
    <message>
        <source>Conflicting rows for this member: %1.</source>
        <translation>Widersprüchliche Zeilen für dieses Mitglied: %1.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Choose a file.</source>
        <translation>Wähle eine Datei.</translation>
    </message>
    <message>
        <source>Import rank changes from CSV</source>
        <translation>Rangänderungen aus CSV importieren</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>&amp;Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>Ergebnisse &amp;exportieren…</translation>
    </message>
    <message>
        <source>Show in &amp;history</source>
        <translation>Im &amp;Verlauf zeigen</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 skipped · %4/min · ETA %5</source>
        <translation>%1 erledigt, %2 fehlgeschlagen, %3 übersprungen · %4/min · noch %5</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Befördern</translation>
    </message>
    <message>
        <source>Demote</source>
        <translation>Degradieren</translation>
    </message>
    <message>
        <source>Set rank</source>
        <translation>Rang setzen</translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation>CSV-Import</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rückgängig machen</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>dem Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Could not read from the system keychain</source>
        <translation>Aus dem Schlüsselbund des Systems konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>er hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Could not save in the system keychain</source>
        <translation>Im Schlüsselbund des Systems konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not remove from the system keychain</source>
        <translation>Aus dem Schlüsselbund des Systems konnte nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Rankdesk</source>
        <translation>Rankdesk</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Promote</source>
        <translation>&amp;Befördern</translation>
    </message>
    <message>
        <source>&amp;Demote</source>
        <translation>&amp;Degradieren</translation>
    </message>
    <message>
        <source>&amp;Set rank…</source>
        <translation>Rang &amp;setzen…</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <source>Open &amp;sandbox</source>
        <translation>&amp;Sandbox öffnen</translation>
    </message>
    <message>
        <source>&amp;Find member</source>
        <translation>Mitglied &amp;finden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open p&amp;rofile</source>
        <translation>P&amp;rofil öffnen</translation>
    </message>
    <message>
        <source>Sandbox &amp;writer</source>
        <translation>Sandbox-&amp;Schreibdienst</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV- und Textdateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Mitglieder</translation>
    </message>
    <message>
        <source>Apply to &amp;all shown</source>
        <translation>Auf &amp;alle angezeigten anwenden</translation>
    </message>
    <message>
        <source>Promote all shown…</source>
        <translation>Alle angezeigten befördern…</translation>
    </message>
    <message>
        <source>Demote all shown…</source>
        <translation>Alle angezeigten degradieren…</translation>
    </message>
    <message>
        <source>Set rank of all shown…</source>
        <translation>Rang aller angezeigten setzen…</translation>
    </message>
    <message>
        <source>Bulk rank &amp;ceiling…</source>
        <translation>Rang&amp;obergrenze für Massenaktionen…</translation>
    </message>
    <message>
        <source>Bulk rank ceiling</source>
        <translation>Rangobergrenze für Massenaktionen</translation>
    </message>
    <message>
        <source>Bulk actions refuse target ranks at or above (0 for no ceiling):</source>
        <translation>Massenaktionen lehnen Zielränge ab ab (0 für keine Obergrenze):</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Rankdesk</source>
        <translation>&amp;Über Rankdesk</translation>
    </message>
    <message>
        <source>About Rankdesk</source>
        <translation>Über Rankdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rankdesk %1&lt;/b&gt;&lt;p&gt;Promote, demote and re-rank the members of your Roblox groups, with a history of every change.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Rankdesk %1&lt;/b&gt;&lt;p&gt;Befördere, degradiere und stufe die Mitglieder deiner Roblox-Gruppen neu ein, mit einem Verlauf jeder Änderung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Roles&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rollen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show &amp;all roles</source>
        <translation>&amp;Alle Rollen zeigen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Filter by username, display name or user ID (Ctrl+F)</source>
        <translation>Nach Benutzername, Anzeigename oder Benutzer-ID filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Member filter</source>
        <translation>Mitgliederfilter</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Copy user ID</source>
        <translation>Benutzer-ID kopieren</translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation>&amp;Verlauf zeigen</translation>
    </message>
    <message>
        <source>Protect from bulk actions</source>
        <translation>Vor Massenaktionen schützen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Export batch results</source>
        <translation>Stapelergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Results written to %1.</source>
        <translation>Ergebnisse nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Rankdesk will be shown in %1 from the next start.</source>
        <translation>Rankdesk erscheint ab dem nächsten Start auf %1.</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>the Open Cloud API key (or set %1)</source>
        <translation>den Open-Cloud-API-Schlüssel (oder setze %1)</translation>
    </message>
    <message>
        <source>the %1 key (or set %2)</source>
        <translation>den %1-Schlüssel (oder setze %2)</translation>
    </message>
    <message>
        <source>%1 has no key: add %2 in Profiles (Ctrl+O).</source>
        <translation>%1 hat keinen Schlüssel: füge %2 unter Profile hinzu (Strg+O).</translation>
    </message>
    <message>
        <source>Loading members… %1</source>
        <translation>Lade Mitglieder… %1</translation>
    </message>
    <message>
        <source>Offline: showing the roster cached %1</source>
        <translation>Offline: zeige die %1 gespeicherte Mitgliederliste</translation>
    </message>
    <message>
        <source>Could not load the group</source>
        <translation>Die Gruppe konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>%1 — Rankdesk</source>
        <translation>%1 — Rankdesk</translation>
    </message>
    <message>
        <source>%1 · group %2 · reader %3 · writer %4</source>
        <translation>%1 · Gruppe %2 · Lesen %3 · Schreiben %4</translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation>Lade Rollen…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Lade %1…</translation>
    </message>
    <message>
        <source>Cached roster from %1; refreshing…</source>
        <translation>Mitgliederliste, gespeichert %1; wird aktualisiert…</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln member(s). </source>
        <translation>
            <numerusform>%Ln Mitglied geladen. </numerusform>
            <numerusform>%Ln Mitglieder geladen. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rank change(s) were made outside Rankdesk since the last refresh; they are in the history.</source>
        <translation>
            <numerusform>%n Rangänderung wurde seit der letzten Aktualisierung außerhalb von Rankdesk vorgenommen; sie steht im Verlauf.</numerusform>
            <numerusform>%n Rangänderungen wurden seit der letzten Aktualisierung außerhalb von Rankdesk vorgenommen; sie stehen im Verlauf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln member(s).</source>
        <translation>
            <numerusform>%Ln Mitglied geladen.</numerusform>
            <numerusform>%Ln Mitglieder geladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln Mitglied</numerusform>
            <numerusform>%Ln Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 members</source>
        <translation>%1 von %2 Mitgliedern</translation>
    </message>
    <message>
        <source>Connect to a group and wait for its members to load before importing.</source>
        <translation>Verbinde dich mit einer Gruppe und warte, bis ihre Mitglieder geladen sind, bevor du importierst.</translation>
    </message>
    <message>
        <source>A batch is running; wait for it, or pause or cancel it in the Jobs panel.</source>
        <translation>Ein Stapel läuft; warte ihn ab oder pausiere oder breche ihn im Aufgabenbereich ab.</translation>
    </message>
    <message>
        <source>Checking %1&apos;s current role…</source>
        <translation>Prüfe die aktuelle Rolle von %1…</translation>
    </message>
    <message>
        <source>Rank change refused</source>
        <translation>Rangänderung abgelehnt</translation>
    </message>
    <message>
        <source>The member&apos;s role changed since the list was loaded; it is now %1.</source>
        <translation>Die Rolle des Mitglieds hat sich seit dem Laden der Liste geändert; sie ist jetzt %1.</translation>
    </message>
    <message>
        <source>Rank change cancelled.</source>
        <translation>Rangänderung abgebrochen.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <source>Rank change failed</source>
        <translation>Rangänderung fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2 → %3.</source>
        <translation>%1: %2 → %3.</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Befördern</translation>
    </message>
    <message>
        <source>Demote</source>
        <translation>Degradieren</translation>
    </message>
    <message>
        <source>Set rank</source>
        <translation>Rang setzen</translation>
    </message>
    <message>
        <source>Could not store the batch</source>
        <translation>Der Stapel konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Roblox audit log</source>
        <translation>Roblox-Audit-Log</translation>
    </message>
    <message>
        <source>Reading the audit log needs a group opened with an Open Cloud key that has the legacy-group:manage scope.</source>
        <translation>Das Lesen des Audit-Logs braucht eine Gruppe, die mit einem Open-Cloud-Schlüssel mit der Berechtigung legacy-group:manage geöffnet wurde.</translation>
    </message>
    <message numerus="yes">
        <source>Reading the audit log: %n page(s), </source>
        <translation>
            <numerusform>Lese das Audit-Log: %n Seite, </numerusform>
            <numerusform>Lese das Audit-Log: %n Seiten, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) so far…</source>
        <translation>
            <numerusform>bisher %n Änderung…</numerusform>
            <numerusform>bisher %n Änderungen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n change(s) added to the history</source>
        <translation>
            <numerusform>Audit-Log: %n Änderung in den Verlauf übernommen</numerusform>
            <numerusform>Audit-Log: %n Änderungen in den Verlauf übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n made by Rankdesk, already there).</source>
        <translation>
            <numerusform> (%n von Rankdesk vorgenommen, schon vorhanden).</numerusform>
            <numerusform> (%n von Rankdesk vorgenommen, schon vorhanden).</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rückgängig machen</translation>
    </message>
    <message>
        <source>Connect to the group and wait for its members to load first.</source>
        <translation>Verbinde dich zuerst mit der Gruppe und warte, bis ihre Mitglieder geladen sind.</translation>
    </message>
    <message>
        <source>These changes include group %1; open that group to revert them.</source>
        <translation>Diese Änderungen betreffen Gruppe %1; öffne diese Gruppe, um sie rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Revert %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <source>Batch finished: %1</source>
        <translation>Stapel beendet: %1</translation>
    </message>
    <message>
        <source>Could not start the batch</source>
        <translation>Der Stapel konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>Unfinished batch</source>
        <translation>Unvollendeter Stapel</translation>
    </message>
    <message>
        <source>A batch (%1, started %2) was interrupted with %3 of %4 items left. Resume it now? Each item is checked before anything is sent.</source>
        <translation>Ein Stapel (%1, gestartet %2) wurde unterbrochen, %3 von %4 Einträgen sind offen. Jetzt fortsetzen? Jeder Eintrag wird geprüft, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>S&amp;top loading</source>
        <translation>Laden a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Loading stopped; the table shows the members loaded before. Refresh (F5) to try again.</source>
        <translation>Laden abgebrochen; die Tabelle zeigt die zuvor geladenen Mitglieder. Aktualisieren (F5) versucht es erneut.</translation>
    </message>
    <message>
        <source>Loading stopped. Refresh (F5) to load the members.</source>
        <translation>Laden abgebrochen. Aktualisieren (F5) lädt die Mitglieder.</translation>
    </message>
    <message>
        <source>Reading the keys of %1…</source>
        <translation>Lese die Schlüssel von %1…</translation>
    </message>
    <message>
        <source>Open Cloud</source>
        <translation>Open Cloud</translation>
    </message>
    <message>
        <source>public endpoints</source>
        <translation>öffentliche Endpunkte</translation>
    </message>
    <message>
        <source>Could not cancel the batch</source>
        <translation>Der Stapel konnte nicht abgebrochen werden</translation>
    </message>
    <message>
        <source>Another program runs this batch; it was asked to cancel before its next request.</source>
        <translation>Ein anderes Programm führt diesen Stapel aus; es wurde gebeten, vor seiner nächsten Anfrage abzubrechen.</translation>
    </message>
    <message>
        <source>Open the batch&apos;s group first.</source>
        <translation>Öffne zuerst die Gruppe des Stapels.</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>(unknown role)</source>
        <translation>(unbekannte Rolle)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Mitglied seit</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>memory, for this session only</source>
        <translation>dem Arbeitsspeicher, nur für diese Sitzung</translation>
    </message>
</context>
<context>
    <name>OpenCloudBackend</name>
    <message>
        <source>Open Cloud: group %1 (%2)</source>
        <translation>Open Cloud: Gruppe %1 (%2)</translation>
    </message>
    <message>
        <source>Roblox Open Cloud</source>
        <translation>Roblox Open Cloud</translation>
    </message>
    <message>
        <source>role &quot;%1&quot; has no rank from 0 to 255.</source>
        <translation>die Rolle „%1“ hat keinen Rang von 0 bis 255.</translation>
    </message>
    <message>
        <source>role &quot;%1&quot;</source>
        <translation>die Rolle „%1“</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>die Gruppe</translation>
    </message>
    <message>
        <source>it lists more than %1 roles; a group has at most %1.</source>
        <translation>sie listet mehr als %1 Rollen auf; eine Gruppe hat höchstens %1.</translation>
    </message>
    <message>
        <source>the list of roles came back to a page it had already given, so it would never end.</source>
        <translation>die Rollenliste kehrte zu einer bereits gelieferten Seite zurück, sie würde also nie enden.</translation>
    </message>
    <message>
        <source>the list of roles did not end within %1 pages.</source>
        <translation>die Rollenliste endete nicht innerhalb von %1 Seiten.</translation>
    </message>
    <message>
        <source>a page lists %1 members where at most %2 were asked for.</source>
        <translation>eine Seite enthält %1 Mitglieder, obwohl höchstens %2 angefordert wurden.</translation>
    </message>
</context>
<context>
    <name>Operator</name>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
</context>
<context>
    <name>OutsideChanges</name>
    <message>
        <source>unknown role</source>
        <translation>unbekannte Rolle</translation>
    </message>
    <message>
        <source>Changed outside Rankdesk between %1 and %2 (UTC).</source>
        <translation>Außerhalb von Rankdesk geändert zwischen %1 und %2 (UTC).</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Kept in the system keychain</source>
        <translation>Im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Kept for this session only</source>
        <translation>Nur für diese Sitzung</translation>
    </message>
    <message>
        <source>From the environment</source>
        <translation>Aus der Umgebung</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Kein Schlüssel</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Remove the Open Cloud key</source>
        <translation>Open-Cloud-Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Writer API key</source>
        <translation>API-Schlüssel des Schreibdienstes</translation>
    </message>
    <message>
        <source>Remove the writer key</source>
        <translation>Schlüssel des Schreibdienstes entfernen</translation>
    </message>
    <message>
        <source>Demote through set-rank (WESK Starter has no demote)</source>
        <translation>Degradieren über Rang setzen (WESK Starter kann nicht degradieren)</translation>
    </message>
    <message>
        <source>Keep new keys in the system &amp;keychain (otherwise for this session only)</source>
        <translation>Neue Schlüssel im &amp;Schlüsselbund des Systems aufbewahren (sonst nur für diese Sitzung)</translation>
    </message>
    <message>
        <source>e.g. 7</source>
        <translation>z. B. 7</translation>
    </message>
    <message>
        <source>Open Cloud (API key)</source>
        <translation>Open Cloud (API-Schlüssel)</translation>
    </message>
    <message>
        <source>Public endpoints (no key, read only)</source>
        <translation>Öffentliche Endpunkte (kein Schlüssel, nur lesen)</translation>
    </message>
    <message>
        <source>No ceiling (only Owner is refused)</source>
        <translation>Keine Obergrenze (nur Owner wird abgelehnt)</translation>
    </message>
    <message>
        <source>Bulk rank ceiling</source>
        <translation>Rangobergrenze für Massenaktionen</translation>
    </message>
    <message>
        <source>User ids, separated by commas</source>
        <translation>Benutzer-IDs, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Protected members</source>
        <translation>Geschützte Mitglieder</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Group ID:</source>
        <translation>&amp;Gruppen-ID:</translation>
    </message>
    <message>
        <source>&amp;Reader:</source>
        <translation>&amp;Lesen über:</translation>
    </message>
    <message>
        <source>&amp;Open Cloud URL:</source>
        <translation>&amp;Open-Cloud-URL:</translation>
    </message>
    <message>
        <source>Gro&amp;ups API URL:</source>
        <translation>URL der Gro&amp;ups-API:</translation>
    </message>
    <message>
        <source>&amp;Users API URL:</source>
        <translation>URL der &amp;Users-API:</translation>
    </message>
    <message>
        <source>Open Cloud API &amp;key:</source>
        <translation>Open-Cloud-API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Writer:</source>
        <translation>Sch&amp;reiben über:</translation>
    </message>
    <message>
        <source>Writer U&amp;RL:</source>
        <translation>&amp;URL des Schreibdienstes:</translation>
    </message>
    <message>
        <source>Writer k&amp;ey:</source>
        <translation>Schlüssel des Schreib&amp;dienstes:</translation>
    </message>
    <message>
        <source>Bulk rank &amp;ceiling:</source>
        <translation>Rang&amp;obergrenze für Massenaktionen:</translation>
    </message>
    <message>
        <source>&amp;Protected members:</source>
        <translation>&amp;Geschützte Mitglieder:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>native</source>
        <translation>nativ</translation>
    </message>
    <message>
        <source>composed by Rankdesk (read + rank rules + set-rank)</source>
        <translation>von Rankdesk zusammengesetzt (lesen + Rangregeln + Rang setzen)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Promote:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Demote:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Set rank:&lt;/b&gt; %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;Befördern:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Degradieren:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Rang setzen:&lt;/b&gt; %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>Made by the Sandbox</source>
        <translation>Von der Sandbox erstellt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Paste the key</source>
        <translation>Schlüssel einfügen</translation>
    </message>
    <message>
        <source>Type a new key to replace it</source>
        <translation>Neuen Schlüssel eingeben, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Gib dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Enter the group&apos;s id.</source>
        <translation>Gib die ID der Gruppe ein.</translation>
    </message>
    <message>
        <source>Enter the %1 key.</source>
        <translation>Gib den %1-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Protected members are user ids (numbers), separated by commas.</source>
        <translation>Geschützte Mitglieder sind Benutzer-IDs (Zahlen), durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>%1 must be an https:// URL (http:// only for this machine).</source>
        <translation>%1 muss eine https://-URL sein (http:// nur für diesen Rechner).</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Teste…</translation>
    </message>
    <message>
        <source>Workspace Settings in Hyra; used by Test connection only</source>
        <translation>Workspace Settings in Hyra; nur für „Verbindung testen“ verwendet</translation>
    </message>
    <message>
        <source>Hyra wor&amp;kspace ID:</source>
        <translation>Hyra-&amp;Workspace-ID:</translation>
    </message>
</context>
<context>
    <name>ProfileManagerDialog</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <source>A simulated group on this computer; needs no key</source>
        <translation>Eine simulierte Gruppe auf diesem Computer; braucht keinen Schlüssel</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile %1 and forget its keys? The history of its group is kept.</source>
        <translation>Das Profil %1 löschen und seine Schlüssel vergessen? Der Verlauf seiner Gruppe bleibt erhalten.</translation>
    </message>
    <message>
        <source>System keychain unavailable</source>
        <translation>Schlüsselbund des Systems nicht verfügbar</translation>
    </message>
    <message>
        <source>The key could not be kept in the system keychain.
%1

Rankdesk never writes keys to a file. You can use the key for this session only, or set %2 before starting Rankdesk.</source>
        <translation>Der Schlüssel konnte nicht im Schlüsselbund des Systems aufbewahrt werden.
%1

Rankdesk schreibt Schlüssel nie in eine Datei. Du kannst den Schlüssel nur für diese Sitzung verwenden oder %2 setzen, bevor du Rankdesk startest.</translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation>Nur für diese &amp;Sitzung verwenden</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
</context>
<context>
    <name>PublicReader</name>
    <message>
        <source>the group</source>
        <translation>die Gruppe</translation>
    </message>
    <message>
        <source>it lists %1 roles; a group has at most %2.</source>
        <translation>sie listet %1 Rollen auf; eine Gruppe hat höchstens %2.</translation>
    </message>
    <message>
        <source>role &quot;%1&quot; has no rank from 0 to 255.</source>
        <translation>die Rolle „%1“ hat keinen Rang von 0 bis 255.</translation>
    </message>
    <message>
        <source>role &quot;%1&quot;</source>
        <translation>die Rolle „%1“</translation>
    </message>
    <message>
        <source>The page token is not one this reader gave out.</source>
        <translation>Das Seiten-Token wurde nicht von diesem Leser ausgegeben.</translation>
    </message>
    <message>
        <source>a page lists %1 members where at most %2 were asked for.</source>
        <translation>eine Seite enthält %1 Mitglieder, obwohl höchstens %2 angefordert wurden.</translation>
    </message>
</context>
<context>
    <name>RankChangeService</name>
    <message>
        <source>No user was given.</source>
        <translation>Kein Benutzer angegeben.</translation>
    </message>
    <message>
        <source>There is no Roblox user named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Roblox-Benutzer namens „%1“.</translation>
    </message>
    <message>
        <source>User %1 is not a member of group %2.</source>
        <translation>Benutzer %1 ist kein Mitglied der Gruppe %2.</translation>
    </message>
    <message>
        <source>Nothing was sent: the change could not be recorded first. %1</source>
        <translation>Es wurde nichts gesendet: Die Änderung konnte vorher nicht gespeichert werden. %1</translation>
    </message>
    <message>
        <source>The change is kept as batch %1 (rankdesk-cli jobs resume %1, or the Jobs panel): resuming it checks the member first.</source>
        <translation>Die Änderung bleibt als Stapel %1 erhalten (rankdesk-cli jobs resume %1 oder der Aufgabenbereich): Beim Fortsetzen wird zuerst das Mitglied geprüft.</translation>
    </message>
</context>
<context>
    <name>RankRules</name>
    <message>
        <source>%1 (rank %2)</source>
        <translation>%1 (Rang %2)</translation>
    </message>
    <message>
        <source>The user is not a member of this group.</source>
        <translation>Der Benutzer ist kein Mitglied dieser Gruppe.</translation>
    </message>
    <message>
        <source>The group owner&apos;s rank cannot be changed.</source>
        <translation>Der Rang des Gruppenbesitzers kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>The member&apos;s role %1 is at or above the highest rank you may manage (%2).</source>
        <translation>Die Rolle %1 des Mitglieds liegt auf oder über dem höchsten Rang, den du verwalten darfst (%2).</translation>
    </message>
    <message>
        <source>The member is already at the highest assignable rank, %1.</source>
        <translation>Das Mitglied hat bereits den höchsten zuweisbaren Rang, %1.</translation>
    </message>
    <message>
        <source>The member is already at the lowest assignable rank, %1.</source>
        <translation>Das Mitglied hat bereits den niedrigsten zuweisbaren Rang, %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is only %n assignable rank(s) below the top; it cannot move up %2.</source>
        <translation>
            <numerusform>%1 liegt nur %n zuweisbaren Rang unter der Spitze; es kann nicht um %2 aufsteigen.</numerusform>
            <numerusform>%1 liegt nur %n zuweisbare Ränge unter der Spitze; es kann nicht um %2 aufsteigen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is only %n assignable rank(s) above the bottom; it cannot move down %2.</source>
        <translation>
            <numerusform>%1 liegt nur %n zuweisbaren Rang über dem Boden; es kann nicht um %2 absteigen.</numerusform>
            <numerusform>%1 liegt nur %n zuweisbare Ränge über dem Boden; es kann nicht um %2 absteigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The group has no role with rank %1.</source>
        <translation>Die Gruppe hat keine Rolle mit Rang %1.</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Several roles have rank %1: %2. Name the role or give its id.</source>
        <translation>Mehrere Rollen haben Rang %1: %2. Nenne die Rolle oder gib ihre ID an.</translation>
    </message>
    <message>
        <source>The group has no role named &quot;%1&quot;.</source>
        <translation>Die Gruppe hat keine Rolle namens „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several roles: %2. Be more specific.</source>
        <translation>„%1“ passt zu mehreren Rollen: %2. Sei genauer.</translation>
    </message>
    <message>
        <source>No target role was given.</source>
        <translation>Keine Zielrolle angegeben.</translation>
    </message>
    <message>
        <source>%1 is neither a rank (0-255) nor a role id of this group.</source>
        <translation>%1 ist weder ein Rang (0-255) noch eine Rollen-ID dieser Gruppe.</translation>
    </message>
    <message>
        <source>Members cannot be set to Guest (rank 0); that would remove them from the group.</source>
        <translation>Mitglieder können nicht auf Guest (Rang 0) gesetzt werden; das würde sie aus der Gruppe entfernen.</translation>
    </message>
    <message>
        <source>The Owner role (rank 255) cannot be assigned.</source>
        <translation>Die Owner-Rolle (Rang 255) kann nicht vergeben werden.</translation>
    </message>
    <message>
        <source>%1 is at or above the highest rank you may assign (%2).</source>
        <translation>%1 liegt auf oder über dem höchsten Rang, den du vergeben darfst (%2).</translation>
    </message>
    <message>
        <source>The member already has the role %1.</source>
        <translation>Das Mitglied hat bereits die Rolle %1.</translation>
    </message>
    <message>
        <source>Protected: bulk actions skip this member.</source>
        <translation>Geschützt: Massenaktionen überspringen dieses Mitglied.</translation>
    </message>
</context>
<context>
    <name>RevertPlanner</name>
    <message>
        <source>Not reverted: this change was not made (%1).</source>
        <translation>Nicht rückgängig gemacht: Diese Änderung wurde nicht durchgeführt (%1).</translation>
    </message>
    <message>
        <source>Not reverted: the change left the role as it was.</source>
        <translation>Nicht rückgängig gemacht: Die Änderung hat die Rolle nicht verändert.</translation>
    </message>
    <message>
        <source>Not reverted: no longer a member of the group.</source>
        <translation>Nicht rückgängig gemacht: nicht mehr Mitglied der Gruppe.</translation>
    </message>
    <message>
        <source>Not reverted: the role changed since (now %1, the change left %2).</source>
        <translation>Nicht rückgängig gemacht: Die Rolle hat sich seitdem geändert (jetzt %1, die Änderung hinterließ %2).</translation>
    </message>
    <message>
        <source>Protected: bulk actions skip this member.</source>
        <translation>Geschützt: Massenaktionen überspringen dieses Mitglied.</translation>
    </message>
    <message>
        <source>Not reverted: the group no longer has the role %1.</source>
        <translation>Nicht rückgängig gemacht: Die Gruppe hat die Rolle %1 nicht mehr.</translation>
    </message>
</context>
<context>
    <name>RolesModel</name>
    <message>
        <source>Role id %1</source>
        <translation>Rollen-ID %1</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
</context>
<context>
    <name>RosterCache</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not cache the roster</source>
        <translation>Die Mitgliederliste konnte nicht zwischengespeichert werden</translation>
    </message>
    <message>
        <source>Could not read the cached roster</source>
        <translation>Die zwischengespeicherte Mitgliederliste konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>RosterLoader</name>
    <message>
        <source>the member list went past %1 members, more than the group&apos;s roles count (%2).</source>
        <translation>die Mitgliederliste ging über %1 Mitglieder hinaus, mehr als die Rollen der Gruppe zählen (%2).</translation>
    </message>
    <message>
        <source>the member list did not end within %1 pages, more than the %2 members the group&apos;s roles count need.</source>
        <translation>die Mitgliederliste endete nicht innerhalb von %1 Seiten, mehr, als für die %2 Mitglieder nötig sind, die die Rollen der Gruppe zählen.</translation>
    </message>
    <message>
        <source>the member list did not end within %1 pages, the most Rankdesk reads.</source>
        <translation>die Mitgliederliste endete nicht innerhalb von %1 Seiten, dem Höchstwert, den Rankdesk liest.</translation>
    </message>
    <message numerus="yes">
        <source>the member list came back to a page it had already given (after %n page(s)), so it would never end.</source>
        <translation>
            <numerusform>die Mitgliederliste kehrte zu einer bereits gelieferten Seite zurück (nach %n Seite), sie würde also nie enden.</numerusform>
            <numerusform>die Mitgliederliste kehrte zu einer bereits gelieferten Seite zurück (nach %n Seiten), sie würde also nie enden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No usable system keychain (Secret Service). Use the secret for this session only, or pass it in an environment variable.</source>
        <translation>Kein nutzbarer Schlüsselbund des Systems (Secret Service). Verwende das Geheimnis nur für diese Sitzung oder übergib es in einer Umgebungsvariable.</translation>
    </message>
</context>
<context>
    <name>SendGate</name>
    <message>
        <source>This batch is for group %1; the open connection is to group %2.</source>
        <translation>Dieser Stapel ist für Gruppe %1; die offene Verbindung gilt Gruppe %2.</translation>
    </message>
    <message>
        <source>This batch was planned for the %1 writer; the open connection writes through %2.</source>
        <translation>Dieser Stapel wurde für den Schreibdienst %1 geplant; die offene Verbindung schreibt über %2.</translation>
    </message>
    <message>
        <source>The target role (id %1) is not one of the group&apos;s roles.</source>
        <translation>Die Zielrolle (ID %1) ist keine Rolle der Gruppe.</translation>
    </message>
</context>
<context>
    <name>SeriesWriter</name>
    <message>
        <source>API key is inactive or invalid</source>
        <translation>API-Schlüssel ist inaktiv oder ungültig</translation>
    </message>
    <message>
        <source>Series.hr workspace %1 (%2)</source>
        <translation>Series.hr-Workspace %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SetRankDialog</name>
    <message>
        <source>Set rank</source>
        <translation>Rang setzen</translation>
    </message>
    <message>
        <source>New role for &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Neue Rolle für &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Target role</source>
        <translation>Zielrolle</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>WeskWriter</name>
    <message>
        <source>%1 requests left this period; resets in %2.</source>
        <translation>Noch %1 Anfragen in diesem Zeitraum; zurückgesetzt in %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>WESK RankBot: group %1 (%2)</source>
        <translation>WESK RankBot: Gruppe %1 (%2)</translation>
    </message>
</context>
<context>
    <name>WriterCatalog</name>
    <message>
        <source>Open Cloud has no promote or demote: Rankdesk reads the member&apos;s role, picks the next assignable rank with its rank rules and sets it. Writes: 300 per minute per key owner.</source>
        <translation>Open Cloud kann weder befördern noch degradieren: Rankdesk liest die Rolle des Mitglieds, wählt mit seinen Rangregeln den nächsten zuweisbaren Rang und setzt ihn. Schreibvorgänge: 300 pro Minute und Schlüsselbesitzer.</translation>
    </message>
    <message>
        <source>Hyra offers set-rank only (its promote route is inactive): Rankdesk reads the member&apos;s role, picks the next rank with its rank rules and sets it. About 100 requests per minute.</source>
        <translation>Hyra bietet nur Rang setzen (seine Beförderungsroute ist inaktiv): Rankdesk liest die Rolle des Mitglieds, wählt mit seinen Rangregeln den nächsten Rang und setzt ihn. Etwa 100 Anfragen pro Minute.</translation>
    </message>
    <message>
        <source>Series.hr promotes and demotes itself, along the roles configured in the workspace and up to its Max Promotion Rank; set-rank needs a role configured there. Premium or Enterprise plan; 50 requests per second.</source>
        <translation>Series.hr befördert und degradiert selbst, entlang der im Workspace eingerichteten Rollen und bis zu seinem Max Promotion Rank; Rang setzen braucht eine dort eingerichtete Rolle. Premium- oder Enterprise-Plan; 50 Anfragen pro Sekunde.</translation>
    </message>
    <message>
        <source>WESK RankBot promotes itself; demote is composed through setRank (works on every plan). Monthly request quota: Starter 100, Pro 5,000, Max unlimited.</source>
        <translation>WESK RankBot befördert selbst; Degradieren wird über setRank zusammengesetzt (geht mit jedem Plan). Monatliches Anfragekontingent: Starter 100, Pro 5.000, Max unbegrenzt.</translation>
    </message>
    <message>
        <source>WESK RankBot promotes and demotes itself; its demote needs a Pro or Max plan. Monthly request quota: Starter 100, Pro 5,000, Max unlimited.</source>
        <translation>WESK RankBot befördert und degradiert selbst; Degradieren braucht einen Pro- oder Max-Plan. Monatliches Anfragekontingent: Starter 100, Pro 5.000, Max unbegrenzt.</translation>
    </message>
    <message>
        <source>Roblox Open Cloud</source>
        <translation>Roblox Open Cloud</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PostgreSQL history</source>
        <translation>PostgreSQL-Verlauf</translation>
    </message>
    <message>
        <source>Password of %1 for %2 on %3:</source>
        <translation>Passwort von %1 für %2 auf %3:</translation>
    </message>
    <message>
        <source>Save this password in the system keychain?</source>
        <translation>Dieses Passwort im Schlüsselbund des Systems speichern?</translation>
    </message>
    <message>
        <source>%1
The password is used for this session only.</source>
        <translation>%1
Das Passwort wird nur für diese Sitzung verwendet.</translation>
    </message>
    <message>
        <source>Rankdesk: promote, demote and re-rank the members of Roblox groups.
Without --group it opens the profile used last; at first, the Sandbox, a simulated group that needs no key.
With --group the API key is read from RANKDESK_API_KEY or asked for.</source>
        <translation>Rankdesk: Mitglieder von Roblox-Gruppen befördern, degradieren und neu einstufen.
Ohne --group öffnet es das zuletzt verwendete Profil; beim ersten Mal die Sandbox, eine simulierte Gruppe ohne Schlüssel.
Mit --group wird der API-Schlüssel aus RANKDESK_API_KEY gelesen oder erfragt.</translation>
    </message>
    <message>
        <source>Group id to open.</source>
        <translation>Zu öffnende Gruppen-ID.</translation>
    </message>
    <message>
        <source>One base URL for every Roblox host.</source>
        <translation>Eine Basis-URL für jeden Roblox-Host.</translation>
    </message>
    <message>
        <source>opencloud or public.</source>
        <translation>opencloud oder public.</translation>
    </message>
    <message>
        <source>opencloud, hyra, series or wesk (key from RANKDESK_&lt;WRITER&gt;_KEY; in the Sandbox, its own).</source>
        <translation>opencloud, hyra, series oder wesk (Schlüssel aus RANKDESK_&lt;WRITER&gt;_KEY; in der Sandbox ihr eigener).</translation>
    </message>
    <message>
        <source>Size of the sandbox group.</source>
        <translation>Größe der Sandbox-Gruppe.</translation>
    </message>
    <message>
        <source>History database file.</source>
        <translation>Verlaufsdatenbank-Datei.</translation>
    </message>
    <message>
        <source>Save a picture of the window once loaded, then quit.</source>
        <translation>Ein Bild des Fensters nach dem Laden speichern, dann beenden.</translation>
    </message>
    <message>
        <source>A shared PostgreSQL history: HOST[:PORT]/DATABASE (password from RANKDESK_PG_PASSWORD, the system keychain, or asked for).</source>
        <translation>Ein gemeinsamer PostgreSQL-Verlauf: HOST[:PORT]/DATENBANK (Passwort aus RANKDESK_PG_PASSWORD, dem Schlüsselbund des Systems oder erfragt).</translation>
    </message>
    <message>
        <source>PostgreSQL user (default: your login name).</source>
        <translation>PostgreSQL-Benutzer (Standard: dein Anmeldename).</translation>
    </message>
    <message>
        <source>Log every request and step (to stderr and the log file).</source>
        <translation>Jede Anfrage und jeden Schritt protokollieren (auf stderr und in die Logdatei).</translation>
    </message>
    <message>
        <source>Keep --pg/--pg-user (or, without --pg, the local file) as the history to open from now on.</source>
        <translation>--pg/--pg-user (oder ohne --pg die lokale Datei) ab jetzt als zu öffnenden Verlauf behalten.</translation>
    </message>
    <message>
        <source>Rankdesk</source>
        <translation>Rankdesk</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>The sandbox could not start on this machine&apos;s loopback address.</source>
        <translation>Die Sandbox konnte auf der Loopback-Adresse dieses Rechners nicht starten.</translation>
    </message>
</context>
</TS>
