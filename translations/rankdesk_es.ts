<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ApiError</name>
    <message>
        <source>Rankdesk did not send the request to %1: keys travel only over https:// (plain http:// only to this machine). Correct the base URL in the profile.</source>
        <translation>Rankdesk no envió la solicitud a %1: las claves solo viajan por https:// (http:// simple solo hacia este equipo). Corrige la URL base en el perfil.</translation>
    </message>
    <message>
        <source>The request timed out.</source>
        <translation>La solicitud agotó el tiempo de espera.</translation>
    </message>
    <message>
        <source>The connection was refused.</source>
        <translation>La conexión fue rechazada.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>El servidor cerró la conexión antes de responder.</translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be resolved.</source>
        <translation>No se pudo resolver el nombre del servidor.</translation>
    </message>
    <message>
        <source>The request failed before the server answered (error %1).</source>
        <translation>La solicitud falló antes de que el servidor respondiera (error %1).</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1) to %2. Rankdesk does not follow redirects, so your key was not sent there; check the profile&apos;s base URL.</source>
        <translation>El servidor respondió con una redirección (HTTP %1) a %2. Rankdesk no sigue redirecciones, así que tu clave no se envió allí; revisa la URL base del perfil.</translation>
    </message>
    <message>
        <source>Hyra answered HTTP %1 without an error description.</source>
        <translation>Hyra respondió HTTP %1 sin descripción del error.</translation>
    </message>
    <message>
        <source>Hyra does not know this user in the workspace&apos;s group: check that they are a member.</source>
        <translation>Hyra no conoce a este usuario en el grupo del workspace: comprueba que sea miembro.</translation>
    </message>
    <message>
        <source>Check the Hyra key (Workspace Settings → Developer API).</source>
        <translation>Revisa la clave de Hyra (Workspace Settings → Developer API).</translation>
    </message>
    <message>
        <source>Hyra answered without confirming success.</source>
        <translation>Hyra respondió sin confirmar el éxito.</translation>
    </message>
    <message>
        <source>The provider answered success but the member&apos;s role is %1.</source>
        <translation>El proveedor respondió con éxito, pero el rol del miembro es %1.</translation>
    </message>
    <message>
        <source>%1 has no promote operation.</source>
        <translation>%1 no tiene operación de ascenso.</translation>
    </message>
    <message>
        <source>%1 has no demote operation.</source>
        <translation>%1 no tiene operación de degradación.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 without an error description.</source>
        <translation>El servidor respondió HTTP %1 sin descripción del error.</translation>
    </message>
    <message>
        <source>Series.hr answered HTTP %1 without an error description.</source>
        <translation>Series.hr respondió HTTP %1 sin descripción del error.</translation>
    </message>
    <message>
        <source>The member is at the top of the workspace&apos;s ladder.</source>
        <translation>El miembro está en lo más alto de la escala del workspace.</translation>
    </message>
    <message>
        <source>Raise the workspace&apos;s Max Promotion Rank in Series.hr, or rank this member there.</source>
        <translation>Sube el Max Promotion Rank del workspace en Series.hr, o cambia el rango de este miembro allí.</translation>
    </message>
    <message>
        <source>The member is at the bottom of the workspace&apos;s ladder.</source>
        <translation>El miembro está en lo más bajo de la escala del workspace.</translation>
    </message>
    <message>
        <source>Configure the group&apos;s roles in the Series.hr workspace first.</source>
        <translation>Configura primero los roles del grupo en el workspace de Series.hr.</translation>
    </message>
    <message>
        <source>Ranks are whole numbers from 0 to 255.</source>
        <translation>Los rangos son números enteros de 0 a 255.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nada que cambiar.</translation>
    </message>
    <message>
        <source>Ranking through Series.hr needs a Premium or Enterprise plan.</source>
        <translation>Cambiar rangos con Series.hr requiere un plan Premium o Enterprise.</translation>
    </message>
    <message>
        <source>The user must be in the Roblox group.</source>
        <translation>El usuario debe estar en el grupo de Roblox.</translation>
    </message>
    <message>
        <source>Add the role to the Series.hr workspace, or choose a rank it has.</source>
        <translation>Añade el rol al workspace de Series.hr, o elige un rango que tenga.</translation>
    </message>
    <message>
        <source>Series.hr allows 50 ranking requests per second; wait a moment.</source>
        <translation>Series.hr permite 50 solicitudes de rango por segundo; espera un momento.</translation>
    </message>
    <message>
        <source>Check the Series.hr API key; use Test connection to see whether it is active.</source>
        <translation>Revisa la clave de API de Series.hr; usa «Probar conexión» para ver si está activa.</translation>
    </message>
    <message>
        <source>Create or re-activate the key in the Series.hr workspace settings.</source>
        <translation>Crea o reactiva la clave en la configuración del workspace de Series.hr.</translation>
    </message>
    <message>
        <source>WESK RankBot answered HTTP %1 without an error description.</source>
        <translation>WESK RankBot respondió HTTP %1 sin descripción del error.</translation>
    </message>
    <message>
        <source>Check the WESK RankBot API key.</source>
        <translation>Revisa la clave de API de WESK RankBot.</translation>
    </message>
    <message>
        <source>Demote needs a Pro or Max plan. On Starter, turn on &quot;Demote through set-rank&quot; in the profile.</source>
        <translation>Degradar requiere un plan Pro o Max. En Starter, activa «Degradar mediante asignar rango» en el perfil.</translation>
    </message>
    <message>
        <source>The key is not authorized for this group or action.</source>
        <translation>La clave no está autorizada para este grupo o acción.</translation>
    </message>
    <message>
        <source>The plan&apos;s monthly request quota is used up. %1</source>
        <translation>Se agotó la cuota mensual de solicitudes del plan. %1</translation>
    </message>
    <message>
        <source>Roblox&apos;s API failed behind WESK RankBot; try again later.</source>
        <translation>Falló la API de Roblox detrás de WESK RankBot; inténtalo más tarde.</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Error de autenticación</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permiso denegado</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Límite de frecuencia alcanzado</translation>
    </message>
    <message>
        <source>Quota exhausted</source>
        <translation>Cuota agotada</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>Servicio no disponible</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Error de red</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>Check that the API key is correct, enabled and not expired.</source>
        <translation>Comprueba que la clave de API sea correcta, esté activada y no haya caducado.</translation>
    </message>
    <message>
        <source>Give the key the needed scopes (group:read, group:write) and make sure its owner ranks above the member and the target role.</source>
        <translation>Da a la clave los permisos necesarios (group:read, group:write) y asegúrate de que su propietario tenga un rango superior al del miembro y al del rol de destino.</translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation>Espera un momento y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Check the connection and the base URL, then try again.</source>
        <translation>Comprueba la conexión y la URL base, y vuelve a intentarlo.</translation>
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
            <numerusform> Reintentar en %n segundo.</numerusform>
            <numerusform> Reintentar en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection closed before the answer came; the request may have been carried out.</source>
        <translation>La conexión se cerró antes de que llegara la respuesta; puede que la solicitud se haya llevado a cabo.</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>Error de base de datos</translation>
    </message>
    <message>
        <source>The server&apos;s answer was longer than %1 MB, more than Rankdesk reads for one request, so reading it was stopped.</source>
        <translation>La respuesta del servidor ocupaba más de %1 MB, más de lo que Rankdesk lee para una solicitud, así que se interrumpió su lectura.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be used: %1</source>
        <translation>No se pudo usar la respuesta del servidor: %1</translation>
    </message>
    <message>
        <source>Check that the profile&apos;s base URL points at the provider; if it does, the provider answered wrongly, so try again later.</source>
        <translation>Comprueba que la URL base del perfil apunte al proveedor; si es así, el proveedor respondió mal, así que inténtalo más tarde.</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>no es un objeto JSON.</translation>
    </message>
    <message>
        <source>the member count of %1 is %2, not a whole number from 0 to %3.</source>
        <translation>el número de miembros indicado para %1 es %2, no un número entero de 0 a %3.</translation>
    </message>
    <message>
        <source>its %1 is %2 characters long (at most %3 are expected).</source>
        <translation>su campo %1 tiene %2 caracteres (se esperan como máximo %3).</translation>
    </message>
    <message>
        <source>its %1 is not a string.</source>
        <translation>su campo %1 no es una cadena de texto.</translation>
    </message>
    <message>
        <source>Not sent: the batch was paused, cancelled or taken over before this request&apos;s turn came.</source>
        <translation>No enviado: el lote se pausó, se canceló o lo tomó otro programa antes de que llegara el turno de esta solicitud.</translation>
    </message>
</context>
<context>
    <name>AuditLogReader</name>
    <message>
        <source>Reading the audit log needs an Open Cloud key with the legacy-group:manage scope, owned by someone allowed to view the group&apos;s audit log.</source>
        <translation>Leer el registro de auditoría requiere una clave de Open Cloud con el permiso legacy-group:manage, cuyo propietario pueda ver el registro de auditoría del grupo.</translation>
    </message>
    <message>
        <source>an audit-log page lists %1 entries where at most %2 were asked for.</source>
        <translation>una página del registro de auditoría trae %1 entradas cuando se pidieron como máximo %2.</translation>
    </message>
    <message numerus="yes">
        <source>the audit log did not end within %n page(s).</source>
        <translation>
            <numerusform>el registro de auditoría no terminó en %n página.</numerusform>
            <numerusform>el registro de auditoría no terminó en %n páginas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the audit log came back to a page it had already given (after %n page(s)), so it would never end.</source>
        <translation>
            <numerusform>el registro de auditoría volvió a una página que ya había dado (tras %n página), así que nunca terminaría.</numerusform>
            <numerusform>el registro de auditoría volvió a una página que ya había dado (tras %n páginas), así que nunca terminaría.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <source>Batch %1 is already %2.</source>
        <translation>El lote %1 ya está %2.</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>En pausa: %1</translation>
    </message>
    <message>
        <source>Paused by the user.</source>
        <translation>Pausado por el usuario.</translation>
    </message>
    <message>
        <source>No longer a member of the group.</source>
        <translation>Ya no es miembro del grupo.</translation>
    </message>
    <message>
        <source>Conflict: the member&apos;s role changed to %1 since the plan (expected %2).</source>
        <translation>Conflicto: el rol del miembro cambió a %1 desde el plan (se esperaba %2).</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>Abandonado tras %n intento: %1</numerusform>
            <numerusform>Abandonado tras %n intentos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Cancelado antes de enviarse.</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Cancelado por el usuario.</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 skipped.</source>
        <translation>%1 hechos, %2 fallidos, %3 omitidos.</translation>
    </message>
    <message>
        <source>Paused: %1 Nothing more is sent until the history database can record again; resume then, and changes whose outcome was not recorded are checked first.</source>
        <translation>En pausa: %1 No se envía nada más hasta que la base de datos del historial pueda registrar de nuevo; reanuda entonces, y los cambios cuyo resultado no se registró se comprueban primero.</translation>
    </message>
    <message>
        <source>Paused from another program.</source>
        <translation>Pausado desde otro programa.</translation>
    </message>
    <message>
        <source>Cancelled; the earlier request had not changed the member.</source>
        <translation>Cancelado; la solicitud anterior no había cambiado al miembro.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were sent but their answer was lost; resume to check them.</source>
        <translation>
            <numerusform>%n cambio se envió pero su respuesta se perdió; reanuda para comprobarlo.</numerusform>
            <numerusform>%n cambios se enviaron pero su respuesta se perdió; reanuda para comprobarlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already had the role %1; nothing was sent.</source>
        <translation>Ya tenía el rol %1; no se envió nada.</translation>
    </message>
    <message numerus="yes">
        <source>The cancel waits for %n change(s) that were sent and whose answer was lost: resume to check them (nothing new is sent), then it completes.</source>
        <translation>
            <numerusform>La cancelación espera a %n cambio que se envió y cuya respuesta se perdió: reanuda para comprobarlo (no se envía nada nuevo) y entonces se completa.</numerusform>
            <numerusform>La cancelación espera a %n cambios que se enviaron y cuya respuesta se perdió: reanuda para comprobarlos (no se envía nada nuevo) y entonces se completa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchService</name>
    <message>
        <source>Open the batch&apos;s group to run it.</source>
        <translation>Abre el grupo del lote para ejecutarlo.</translation>
    </message>
    <message>
        <source>A batch is running; wait for it, or pause or cancel it first.</source>
        <translation>Hay un lote en curso; espera a que termine, o páusalo o cancélalo primero.</translation>
    </message>
    <message>
        <source>Batch %1 is already %2.</source>
        <translation>El lote %1 ya está %2.</translation>
    </message>
    <message>
        <source>a cancel</source>
        <translation>una cancelación</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Cancelado antes de enviarse.</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Cancelado por el usuario.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The cancel waits for %n change(s) that were sent and whose answer was lost: resume to check them (nothing new is sent), then it completes.</source>
        <translation>
            <numerusform>La cancelación espera a %n cambio que se envió y cuya respuesta se perdió: reanuda para comprobarlo (no se envía nada nuevo) y entonces se completa.</numerusform>
            <numerusform>La cancelación espera a %n cambios que se enviaron y cuya respuesta se perdió: reanuda para comprobarlos (no se envía nada nuevo) y entonces se completa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchStore</name>
    <message>
        <source>Could not store the batch</source>
        <translation>No se pudo guardar el lote</translation>
    </message>
    <message>
        <source>Could not read the batch</source>
        <translation>No se pudo leer el lote</translation>
    </message>
    <message>
        <source>There is no batch %1.</source>
        <translation>No existe el lote %1.</translation>
    </message>
    <message>
        <source>Could not read the batches</source>
        <translation>No se pudieron leer los lotes</translation>
    </message>
    <message>
        <source>Could not read the batch&apos;s items</source>
        <translation>No se pudieron leer los elementos del lote</translation>
    </message>
    <message>
        <source>Could not count the batch&apos;s items</source>
        <translation>No se pudieron contar los elementos del lote</translation>
    </message>
    <message>
        <source>Could not record the item&apos;s state</source>
        <translation>No se pudo registrar el estado del elemento</translation>
    </message>
    <message>
        <source>Could not record the batch&apos;s state</source>
        <translation>No se pudo registrar el estado del lote</translation>
    </message>
    <message>
        <source>Could not claim the batch</source>
        <translation>No se pudo reservar el lote</translation>
    </message>
    <message>
        <source>Could not renew the claim on the batch</source>
        <translation>No se pudo renovar la reserva del lote</translation>
    </message>
    <message>
        <source>Batch %1 is no longer run by this program (its claim expired and was taken or released).</source>
        <translation>Este programa ya no ejecuta el lote %1 (su reserva caducó y otro la tomó o se liberó).</translation>
    </message>
    <message>
        <source>Batch %1 is being run by %2 since %3.</source>
        <translation>El lote %1 lo está ejecutando %2 desde las %3.</translation>
    </message>
    <message>
        <source>Only one program runs a batch at a time. Pause or cancel it from there (or here: jobs cancel); it can be taken over if that program stops answering (after %1).</source>
        <translation>Un lote lo ejecuta un solo programa a la vez. Páusalo o cancélalo desde allí (o aquí: jobs cancel); se puede tomar el relevo si ese programa deja de responder (después de las %1).</translation>
    </message>
    <message>
        <source>Could not ask the batch&apos;s runner to stop</source>
        <translation>No se pudo pedir al programa que ejecuta el lote que se detenga</translation>
    </message>
    <message>
        <source>Could not record the change before sending it</source>
        <translation>No se pudo registrar el cambio antes de enviarlo</translation>
    </message>
    <message>
        <source>Could not record the outcome of the change</source>
        <translation>No se pudo registrar el resultado del cambio</translation>
    </message>
    <message>
        <source>Could not record the cancelled items</source>
        <translation>No se pudieron registrar los elementos cancelados</translation>
    </message>
    <message>
        <source>Batch %1 is changing hands; try again in a moment.</source>
        <translation>El lote %1 está cambiando de manos; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Could not record the cancel</source>
        <translation>No se pudo registrar la cancelación</translation>
    </message>
    <message>
        <source>Could not read the item&apos;s state</source>
        <translation>No se pudo leer el estado del elemento</translation>
    </message>
    <message>
        <source>Batch %1 is no longer run by this program; it was not cancelled here.</source>
        <translation>Este programa ya no ejecuta el lote %1; no se canceló aquí.</translation>
    </message>
</context>
<context>
    <name>BulkPlanDialog</name>
    <message>
        <source>Apply even to members whose role changed since this plan</source>
        <translation>Aplicar también a miembros cuyo rol cambió desde este plan</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %Ln member(s) change, %2 stay as they are.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln miembro cambia, %2 se quedan como están.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln miembros cambian, %2 se quedan como están.</numerusform>
        </translation>
    </message>
    <message>
        <source>Target role</source>
        <translation>Rol de destino</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>%1 (rank %2)</source>
        <translation>%1 (rango %2)</translation>
    </message>
    <message>
        <source>Not changing:</source>
        <translation>Sin cambios:</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Optional, kept in the history</source>
        <translation>Opcional, se guarda en el historial</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Normally such members are skipped as conflicts, so a change made by someone else is not overwritten.</source>
        <translation>Normalmente esos miembros se omiten como conflictos, para no sobrescribir un cambio hecho por otra persona.</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Escribe %1 para confirmar</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirmar:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %Ln member(s)</source>
        <translation>
            <numerusform>&amp;Aplicar a %Ln miembro</numerusform>
            <numerusform>&amp;Aplicar a %Ln miembros</numerusform>
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
        <translation>Prueba &apos;rankdesk-cli --help&apos;.</translation>
    </message>
    <message>
        <source>roles | members | promote | demote | set-rank | history</source>
        <translation>roles | members | promote | demote | set-rank | history</translation>
    </message>
    <message>
        <source>One base URL for every Roblox host (the simulator).</source>
        <translation>Una URL base para todos los hosts de Roblox (el simulador).</translation>
    </message>
    <message>
        <source>Open Cloud base URL.</source>
        <translation>URL base de Open Cloud.</translation>
    </message>
    <message>
        <source>Groups API base URL.</source>
        <translation>URL base de la API de grupos.</translation>
    </message>
    <message>
        <source>Users API base URL.</source>
        <translation>URL base de la API de usuarios.</translation>
    </message>
    <message>
        <source>Group id (or RANKDESK_GROUP).</source>
        <translation>Id del grupo (o RANKDESK_GROUP).</translation>
    </message>
    <message>
        <source>opencloud (default) or public.</source>
        <translation>opencloud (por defecto) o public.</translation>
    </message>
    <message>
        <source>opencloud (default), hyra, series or wesk.</source>
        <translation>opencloud (por defecto), hyra, series o wesk.</translation>
    </message>
    <message>
        <source>Base URL of the hosted writer (default: its public API).</source>
        <translation>URL base del servicio de escritura alojado (por defecto: su API pública).</translation>
    </message>
    <message>
        <source>WESK: demote through setRank (for Starter plans).</source>
        <translation>WESK: degradar mediante setRank (para planes Starter).</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>Salida JSON legible por máquinas.</translation>
    </message>
    <message>
        <source>History database file.</source>
        <translation>Archivo de la base de datos del historial.</translation>
    </message>
    <message>
        <source>A shared PostgreSQL history: HOST[:PORT]/DATABASE (password from RANKDESK_PG_PASSWORD).</source>
        <translation>Un historial compartido en PostgreSQL: HOST[:PUERTO]/BASE (contraseña de RANKDESK_PG_PASSWORD).</translation>
    </message>
    <message>
        <source>PostgreSQL user (default: your login name).</source>
        <translation>Usuario de PostgreSQL (por defecto: tu nombre de inicio de sesión).</translation>
    </message>
    <message>
        <source>Reason stored with the change.</source>
        <translation>Motivo guardado con el cambio.</translation>
    </message>
    <message>
        <source>members: text to match.</source>
        <translation>members: texto a buscar.</translation>
    </message>
    <message>
        <source>members: only this role (rank, name or id).</source>
        <translation>members: solo este rol (rango, nombre o id).</translation>
    </message>
    <message>
        <source>history: only this user id.</source>
        <translation>history: solo este id de usuario.</translation>
    </message>
    <message>
        <source>history: number of rows.</source>
        <translation>history: número de filas.</translation>
    </message>
    <message>
        <source>bulk: a file of user ids or usernames, one a line.</source>
        <translation>bulk: un archivo de ids o nombres de usuario, uno por línea.</translation>
    </message>
    <message>
        <source>bulk: every member of the group.</source>
        <translation>bulk: todos los miembros del grupo.</translation>
    </message>
    <message>
        <source>bulk: apply without asking.</source>
        <translation>bulk: aplicar sin preguntar.</translation>
    </message>
    <message>
        <source>bulk: write even where the role changed since the plan.</source>
        <translation>bulk: escribir incluso donde el rol cambió desde el plan.</translation>
    </message>
    <message>
        <source>bulk: refuse targets at or above this rank.</source>
        <translation>bulk: rechazar destinos en este rango o superiores.</translation>
    </message>
    <message>
        <source>bulk: a file of user ids bulk actions must skip.</source>
        <translation>bulk: un archivo de ids de usuario que las acciones masivas deben omitir.</translation>
    </message>
    <message>
        <source>history: part of a username, or a user id.</source>
        <translation>history: parte de un nombre de usuario, o un id de usuario.</translation>
    </message>
    <message>
        <source>history: promote, demote or set-rank.</source>
        <translation>history: promote, demote o set-rank.</translation>
    </message>
    <message>
        <source>history: done, failed or skipped.</source>
        <translation>history: done, failed o skipped.</translation>
    </message>
    <message>
        <source>history: single, bulk, csv-import or revert.</source>
        <translation>history: single, bulk, csv-import o revert.</translation>
    </message>
    <message>
        <source>history: one batch&apos;s changes.</source>
        <translation>history: los cambios de un lote.</translation>
    </message>
    <message>
        <source>history: from this date (YYYY-MM-DD, UTC).</source>
        <translation>history: desde esta fecha (AAAA-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>history: until this date, inclusive (YYYY-MM-DD, UTC).</source>
        <translation>history: hasta esta fecha, incluida (AAAA-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>Log every request and step to stderr as well as the log file.</source>
        <translation>Registrar cada solicitud y cada paso en stderr además del archivo de registro.</translation>
    </message>
    <message>
        <source>import: check every row and change nothing (the default).</source>
        <translation>import: comprobar cada fila sin cambiar nada (por defecto).</translation>
    </message>
    <message>
        <source>import: apply the valid rows as one stored, resumable batch.</source>
        <translation>import: aplicar las filas válidas como un lote guardado y reanudable.</translation>
    </message>
    <message>
        <source>import: columns, e.g. user=2,target=Rank,reason=3 (number or header).</source>
        <translation>import: columnas, p. ej. user=2,target=Rank,reason=3 (número o encabezado).</translation>
    </message>
    <message>
        <source>import: comma, semicolon, tab or pipe (default: detected).</source>
        <translation>import: comma, semicolon, tab o pipe (por defecto: detectado).</translation>
    </message>
    <message>
        <source>import: apply the valid rows even when others are invalid.</source>
        <translation>import: aplicar las filas válidas aunque otras no lo sean.</translation>
    </message>
    <message>
        <source>import: write the checked plan to FILE (.csv or .json).</source>
        <translation>import: escribir el plan comprobado en ARCHIVO (.csv o .json).</translation>
    </message>
    <message>
        <source>Multiply the documented rate limits (a simulator with the same --rate-scale).</source>
        <translation>Multiplicar los límites de frecuencia documentados (un simulador con el mismo --rate-scale).</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no se indicó ninguna orden</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>orden desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--reader must be opencloud or public</source>
        <translation>--reader debe ser opencloud o public</translation>
    </message>
    <message>
        <source>--writer must be opencloud, hyra, series or wesk</source>
        <translation>--writer debe ser opencloud, hyra, series o wesk</translation>
    </message>
    <message>
        <source>--outcome must be done, failed or skipped</source>
        <translation>--outcome debe ser done, failed o skipped</translation>
    </message>
    <message>
        <source>--%1 takes a date like 2026-11-23</source>
        <translation>--%1 espera una fecha como 2026-11-23</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to %1.</source>
        <translation>
            <numerusform>%n cambio escrito en %1.</numerusform>
            <numerusform>%n cambios escritos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>no group: pass --group ID or set RANKDESK_GROUP</source>
        <translation>no hay grupo: indica --group ID o define RANKDESK_GROUP</translation>
    </message>
    <message>
        <source>no API key: set RANKDESK_API_KEY (or use --reader public for read-only commands)</source>
        <translation>no hay clave de API: define RANKDESK_API_KEY (o usa --reader public para órdenes de solo lectura)</translation>
    </message>
    <message>
        <source>no %1 key: set %2</source>
        <translation>no hay clave de %1: define %2</translation>
    </message>
    <message>
        <source>audit-import needs an Open Cloud key with legacy-group:manage in RANKDESK_API_KEY</source>
        <translation>audit-import necesita una clave de Open Cloud con legacy-group:manage en RANKDESK_API_KEY</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the audit log added to the history</source>
        <translation>
            <numerusform>%n cambio del registro de auditoría añadido al historial</numerusform>
            <numerusform>%n cambios del registro de auditoría añadidos al historial</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n made by Rankdesk, already there).</source>
        <translation>
            <numerusform> (%n hecho por Rankdesk, ya estaba).</numerusform>
            <numerusform> (%n hechos por Rankdesk, ya estaban).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Role ID</source>
        <translation>Id del rol</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Id de usuario</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Miembro desde</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs a USER (user id or username)</source>
        <translation>%1 necesita un USER (id o nombre de usuario)</translation>
    </message>
    <message>
        <source>set-rank needs a RANK (rank number, role name or role id)</source>
        <translation>set-rank necesita un RANK (número de rango, nombre de rol o id de rol)</translation>
    </message>
    <message>
        <source>%1 (%2): %3 (rank %4) -&gt; %5 (rank %6)</source>
        <translation>%1 (%2): %3 (rango %4) -&gt; %5 (rango %6)</translation>
    </message>
    <message>
        <source>bulk needs promote, demote or set-rank</source>
        <translation>bulk necesita promote, demote o set-rank</translation>
    </message>
    <message>
        <source>bulk set-rank needs a RANK (rank number, role name or role id)</source>
        <translation>bulk set-rank necesita un RANK (número de rango, nombre de rol o id de rol)</translation>
    </message>
    <message>
        <source>bulk needs exactly one of --role R, --users FILE or --all</source>
        <translation>bulk necesita exactamente uno de --role R, --users ARCHIVO o --all</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>rankdesk-cli: line %1: %2 is not a member of the group; left out</source>
        <translation>rankdesk-cli: línea %1: %2 no es miembro del grupo; se omite</translation>
    </message>
    <message>
        <source>%1 of %2 selected member(s) would change:</source>
        <translation>%1 de %2 miembros seleccionados cambiarían:</translation>
    </message>
    <message>
        <source>  -&gt; %1 (rank %2): %3</source>
        <translation>  -&gt; %1 (rango %2): %3</translation>
    </message>
    <message>
        <source>  unchanged (%1): %2</source>
        <translation>  sin cambios (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>bulk changes %n member(s); add --yes to apply them without a terminal</source>
        <translation>
            <numerusform>bulk cambia %n miembro; añade --yes para aplicarlo sin terminal</numerusform>
            <numerusform>bulk cambia %n miembros; añade --yes para aplicarlos sin terminal</numerusform>
        </translation>
    </message>
    <message>
        <source>Type %1 to apply these changes: </source>
        <translation>Escribe %1 para aplicar estos cambios: </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>Batch %1 stored; sending.</source>
        <translation>Lote %1 guardado; enviando.</translation>
    </message>
    <message>
        <source>import needs a FILE</source>
        <translation>import necesita un ARCHIVO</translation>
    </message>
    <message>
        <source>import takes --dry-run or --apply, not both</source>
        <translation>import acepta --dry-run o --apply, no ambos</translation>
    </message>
    <message>
        <source>--delimiter must be comma, semicolon, tab or pipe</source>
        <translation>--delimiter debe ser comma, semicolon, tab o pipe</translation>
    </message>
    <message>
        <source>cannot tell which columns hold the member and the target; pass --map user=COLUMN,target=COLUMN</source>
        <translation>no se sabe qué columnas contienen el miembro y el destino; indica --map user=COLUMNA,target=COLUMNA</translation>
    </message>
    <message>
        <source><byte value="xd"/>Reading: %1%</source>
        <translation><byte value="xd"/>Leyendo: %1%</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3-separated, %n data row(s).</source>
        <translation>
            <numerusform>%1: %2, separado por %3, %n fila de datos.</numerusform>
            <numerusform>%1: %2, separado por %3, %n filas de datos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) were not valid UTF-8 and were read as Windows-1252.</source>
        <translation>
            <numerusform>%n línea no era UTF-8 válido y se leyó como Windows-1252.</numerusform>
            <numerusform>%n líneas no eran UTF-8 válido y se leyeron como Windows-1252.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Change or reason</source>
        <translation>Cambio o motivo</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed. Apply with --apply.</source>
        <translation>Simulación: no se cambió nada. Aplica con --apply.</translation>
    </message>
    <message numerus="yes">
        <source>rankdesk-cli: nothing was applied: %n row(s) are invalid or conflict. Fix them, or pass --skip-invalid to apply only the valid rows.</source>
        <translation>
            <numerusform>rankdesk-cli: no se aplicó nada: %n fila es inválida o está en conflicto. Corrígela, o usa --skip-invalid para aplicar solo las filas válidas.</numerusform>
            <numerusform>rankdesk-cli: no se aplicó nada: %n filas son inválidas o están en conflicto. Corrígelas, o usa --skip-invalid para aplicar solo las filas válidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to apply: no row changes anything.</source>
        <translation>Nada que aplicar: ninguna fila cambia nada.</translation>
    </message>
    <message>
        <source><byte value="xd"/>%1/%2 done, %3 failed, %4 skipped, %5/min, ETA %6 s   </source>
        <translation><byte value="xd"/>%1/%2 hechos, %3 fallidos, %4 omitidos, %5/min, faltan %6 s   </translation>
    </message>
    <message>
        <source>Batch %1: %2 done, %3 failed, %4 skipped, %5 pending.</source>
        <translation>Lote %1: %2 hechos, %3 fallidos, %4 omitidos, %5 pendientes.</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Creado (UTC)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechos</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>jobs %1 needs a batch id (see: rankdesk-cli jobs list)</source>
        <translation>jobs %1 necesita un id de lote (ver: rankdesk-cli jobs list)</translation>
    </message>
    <message>
        <source>jobs export needs a batch id and a FILE</source>
        <translation>jobs export necesita un id de lote y un ARCHIVO</translation>
    </message>
    <message>
        <source>Results of batch %1 written to %2.</source>
        <translation>Resultados del lote %1 escritos en %2.</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 cancelled; %n item(s) were not sent.</source>
        <translation>
            <numerusform>Lote %1 cancelado; %n elemento no se envió.</numerusform>
            <numerusform>Lote %1 cancelado; %n elementos no se enviaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hyra: the key&apos;s workspace id (for check).</source>
        <translation>Hyra: el id del workspace de la clave (para check).</translation>
    </message>
    <message>
        <source>A profile saved in Rankdesk (its name or id): group, providers, base URLs and keys. Other options override it.</source>
        <translation>Un perfil guardado en Rankdesk (su nombre o id): grupo, proveedores, URL base y claves. Las demás opciones lo reemplazan.</translation>
    </message>
    <message>
        <source>the Sandbox lives inside the rankdesk window; for the command line, start rankdesk-sim and pass --base-url</source>
        <translation>el Sandbox vive dentro de la ventana de rankdesk; para la línea de órdenes, inicia rankdesk-sim e indica --base-url</translation>
    </message>
    <message>
        <source>no saved profile &apos;%1&apos;; there are none yet (File → Profiles… in rankdesk)</source>
        <translation>no hay ningún perfil guardado &apos;%1&apos;; aún no hay ninguno (Archivo → Perfiles… en rankdesk)</translation>
    </message>
    <message>
        <source>no saved profile &apos;%1&apos;; saved: %2</source>
        <translation>no hay ningún perfil guardado &apos;%1&apos;; guardados: %2</translation>
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
        <translation>Cambia los rangos de los miembros de un grupo de Roblox desde la línea de órdenes.

Órdenes:
  roles                     lista los roles del grupo
  members [--filter TEXTO]  lista miembros (filtra por nombre, nombre visible o id; --role R)
  promote USER              sube a un miembro un rango asignable
  demote USER               baja a un miembro un rango asignable
  set-rank USER RANK        RANK es un número de rango, un nombre de rol o un id de rol
  history                   cambios de rango, los más recientes primero: --user ID, --member TEXTO,
                            --role ID, --action, --outcome, --source, --batch, --from/--to FECHA,
                            --limit; --export ARCHIVO escribe cada fila que coincide (.csv o .json)
  check                     prueba la clave del servicio de escritura con una llamada inofensiva
  bulk promote|demote|set-rank [RANK] (--role R | --users ARCHIVO | --all) [--yes]
                            cambia muchos miembros en un lote guardado y reanudable
  jobs list | resume ID | retry ID | pause ID | cancel ID | export ID ARCHIVO
                            lotes: termina uno, reintenta sus elementos fallidos, lo pausa o lo
                            cancela (también uno que ejecuta otro programa: este se detiene antes
                            de su siguiente solicitud)
  audit-import              trae al historial los cambios de rango del grupo desde el registro
                            de auditoría de Roblox (una clave de Open Cloud con legacy-group:manage)
  import ARCHIVO [--dry-run | --apply] [--map user=COL,target=COL,reason=COL]
                            cambios de rango desde un archivo CSV (Excel, LibreOffice, Google Sheets);
                            una simulación (por defecto) comprueba cada fila contra la lista actual

USER es un id de usuario o un nombre de usuario. Las claves se leen del entorno, nunca de la
línea de órdenes (ps las mostraría): RANKDESK_API_KEY (Open Cloud), RANKDESK_HYRA_KEY,
RANKDESK_SERIES_KEY, RANKDESK_WESK_KEY para --writer hyra|series|wesk.

Códigos de salida: 0 hecho, 1 fallo (también de la base de datos del historial), 2 uso,
3 rechazado, 4 autenticación o permiso, 5 no encontrado, 6 límite de frecuencia o inaccesible,
7 otro programa está ejecutando el lote (o lo pausó).</translation>
    </message>
    <message>
        <source>--group (or RANKDESK_GROUP) takes a group id, a whole number from 1 up; &quot;%1&quot; is not one</source>
        <translation>--group (o RANKDESK_GROUP) espera un id de grupo, un número entero desde 1; &quot;%1&quot; no lo es</translation>
    </message>
    <message>
        <source>--rate-scale takes a number above 0 and up to 1000; &quot;%1&quot; is not one</source>
        <translation>--rate-scale espera un número mayor que 0 y hasta 1000; &quot;%1&quot; no lo es</translation>
    </message>
    <message>
        <source>--user takes a user id, a whole number from 1 up; &quot;%1&quot; is not one</source>
        <translation>--user espera un id de usuario, un número entero desde 1; &quot;%1&quot; no lo es</translation>
    </message>
    <message>
        <source>--limit takes a number of rows from 1 to 1000000; &quot;%1&quot; is not one</source>
        <translation>--limit espera un número de filas de 1 a 1000000; &quot;%1&quot; no lo es</translation>
    </message>
    <message>
        <source>--ceiling takes a rank from 1 to 255; &quot;%1&quot; is not one</source>
        <translation>--ceiling espera un rango de 1 a 255; &quot;%1&quot; no lo es</translation>
    </message>
    <message>
        <source>--protected: line %1 of %2 is not a user id: &quot;%3&quot;</source>
        <translation>--protected: la línea %1 de %2 no es un id de usuario: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>rankdesk-cli: %1 Resume with: %2</source>
        <translation>rankdesk-cli: %1 Reanuda con: %2</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Ejecutado por</translation>
    </message>
    <message>
        <source>Batch %1 is not being run by any program.</source>
        <translation>Ningún programa está ejecutando el lote %1.</translation>
    </message>
    <message>
        <source>Asked the program running batch %1 to pause before its next request.</source>
        <translation>Se pidió al programa que ejecuta el lote %1 que se pause antes de su siguiente solicitud.</translation>
    </message>
    <message>
        <source>Batch %1 is being run by %2: asked it to cancel before its next request.</source>
        <translation>El lote %1 lo está ejecutando %2: se le pidió que cancele antes de su siguiente solicitud.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>otro programa</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) had been sent before and their answer was lost; check those members.</source>
        <translation>
            <numerusform>%n elemento ya se había enviado y su respuesta se perdió; revisa a ese miembro.</numerusform>
            <numerusform>%n elementos ya se habían enviado y su respuesta se perdió; revisa a esos miembros.</numerusform>
        </translation>
    </message>
    <message>
        <source>jobs takes list, resume ID, retry ID, pause ID, cancel ID or export ID FILE</source>
        <translation>jobs acepta list, resume ID, retry ID, pause ID, cancel ID o export ID ARCHIVO</translation>
    </message>
    <message numerus="yes">
        <source> %n sent, outcome not recorded yet (checked first on resume).</source>
        <translation>
            <numerusform> %n enviado, resultado aún sin registrar (se comprueba primero al reanudar).</numerusform>
            <numerusform> %n enviados, resultados aún sin registrar (se comprueban primero al reanudar).</numerusform>
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
        <translation>Ascender</translation>
    </message>
    <message>
        <source>Demote</source>
        <translation>Degradar</translation>
    </message>
    <message>
        <source>Set the rank of</source>
        <translation>Asignar el rango de</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;from &lt;b&gt;%3&lt;/b&gt; (rank %4)&lt;br&gt;to the %5 rank %6 chooses&lt;br&gt;(Rankdesk expects &lt;b&gt;%7&lt;/b&gt;, rank %8)?</source>
        <translation>¿%1 a &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;de &lt;b&gt;%3&lt;/b&gt; (rango %4)&lt;br&gt;al rango %5 que elija %6&lt;br&gt;(Rankdesk espera &lt;b&gt;%7&lt;/b&gt;, rango %8)?</translation>
    </message>
    <message>
        <source>next</source>
        <translation>siguiente</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>anterior</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;from &lt;b&gt;%3&lt;/b&gt; (rank %4)&lt;br&gt;to &lt;b&gt;%5&lt;/b&gt; (rank %6)?</source>
        <translation>¿%1 a &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;de &lt;b&gt;%3&lt;/b&gt; (rango %4)&lt;br&gt;a &lt;b&gt;%5&lt;/b&gt; (rango %6)?</translation>
    </message>
    <message>
        <source>Confirm rank change</source>
        <translation>Confirmar cambio de rango</translation>
    </message>
    <message>
        <source>Optional, kept in the history</source>
        <translation>Opcional, se guarda en el historial</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>Key accepted</source>
        <translation>Clave aceptada</translation>
    </message>
    <message>
        <source>The key has expired. Create a new one on the Creator Dashboard.</source>
        <translation>La clave caducó. Crea una nueva en el Creator Dashboard.</translation>
    </message>
    <message>
        <source>The key is disabled. Enable it on the Creator Dashboard.</source>
        <translation>La clave está desactivada. Actívala en el Creator Dashboard.</translation>
    </message>
    <message>
        <source>Yes.</source>
        <translation>Sí.</translation>
    </message>
    <message>
        <source>Yes: &quot;%1&quot;.</source>
        <translation>Sí: «%1».</translation>
    </message>
    <message>
        <source>Reads the group</source>
        <translation>Lee el grupo</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %Ln member(s).</source>
        <translation>
            <numerusform>%1 (%2), %Ln miembro.</numerusform>
            <numerusform>%1 (%2), %Ln miembros.</numerusform>
        </translation>
    </message>
    <message>
        <source>May change ranks</source>
        <translation>Puede cambiar rangos</translation>
    </message>
    <message>
        <source>Unknown: the key was not accepted.</source>
        <translation>Desconocido: la clave no fue aceptada.</translation>
    </message>
    <message>
        <source>The key has the group:write scope for this group.</source>
        <translation>La clave tiene el permiso group:write para este grupo.</translation>
    </message>
    <message>
        <source>The key lacks the group:write scope for this group; it can only read. Add the scope on the Creator Dashboard.</source>
        <translation>A la clave le falta el permiso group:write para este grupo; solo puede leer. Añádelo en el Creator Dashboard.</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>El archivo no tiene filas.</translation>
    </message>
    <message>
        <source>No row of the file could be read: %1</source>
        <translation>No se pudo leer ninguna fila del archivo: %1</translation>
    </message>
    <message>
        <source>Choose the column with the members and the column with the targets.</source>
        <translation>Elige la columna con los miembros y la columna con los destinos.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>La importación se canceló.</translation>
    </message>
    <message>
        <source>Lines %1–%2 (%3 rows) were not read: one import takes at most %4 rows. Split the file.</source>
        <translation>Las líneas %1–%2 (%3 filas) no se leyeron: una importación admite como máximo %4 filas. Divide el archivo.</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barra vertical</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>This is not a CSV or text file: it contains binary data. Export the sheet as CSV (File → Download → CSV in Google Sheets; Save As → CSV in Excel or LibreOffice).</source>
        <translation>No es un archivo CSV ni de texto: contiene datos binarios. Exporta la hoja como CSV (Archivo → Descargar → CSV en Google Sheets; Guardar como → CSV en Excel o LibreOffice).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>Lines %1–%2 skipped: %3</source>
        <translation>Líneas %1–%2 omitidas: %3</translation>
    </message>
    <message>
        <source>Line %1 skipped: %2</source>
        <translation>Línea %1 omitida: %2</translation>
    </message>
    <message>
        <source>Lines %1–%2 could not be read: the quote opened on line %3 never closes.</source>
        <translation>No se pudieron leer las líneas %1–%2: las comillas abiertas en la línea %3 nunca se cierran.</translation>
    </message>
    <message>
        <source>a quoted cell opened on line %1 runs on for more than %2 characters (a quote that never closes?).</source>
        <translation>una celda entre comillas abierta en la línea %1 se extiende más de %2 caracteres (¿unas comillas que nunca se cierran?).</translation>
    </message>
    <message>
        <source>the row is longer than %1 characters.</source>
        <translation>la fila tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>Line %1 skipped: it has more than %2 columns.</source>
        <translation>Línea %1 omitida: tiene más de %2 columnas.</translation>
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
        <translation>UTF-8 con BOM</translation>
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
        <translation>No se puede abrir la base de datos del historial %1</translation>
    </message>
    <message>
        <source>PostgreSQL support is not installed (Qt&apos;s QPSQL driver; on Debian: libqt6sql6-psql).</source>
        <translation>El soporte de PostgreSQL no está instalado (el controlador QPSQL de Qt; en Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot open the PostgreSQL history %1 on %2:%3</source>
        <translation>No se puede abrir el historial de PostgreSQL %1 en %2:%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL location; write HOST[:PORT]/DATABASE, e.g. db.example.org:5432/rankdesk.</source>
        <translation>&quot;%1&quot; no es una ubicación de PostgreSQL; escribe HOST[:PUERTO]/BASE, p. ej. db.example.org:5432/rankdesk.</translation>
    </message>
    <message>
        <source>Cannot prepare the history database</source>
        <translation>No se puede preparar la base de datos del historial</translation>
    </message>
    <message>
        <source>The history database was written by a newer Rankdesk (schema %1; this version knows up to %2). It was left untouched; update Rankdesk to open it.</source>
        <translation>La base de datos del historial la escribió un Rankdesk más reciente (esquema %1; esta versión conoce hasta el %2). No se modificó; actualiza Rankdesk para abrirla.</translation>
    </message>
    <message>
        <source>Migration to schema %1 failed</source>
        <translation>Falló la migración al esquema %1</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>proceso %1</translation>
    </message>
    <message>
        <source>process %1 (%2)</source>
        <translation>proceso %1 (%2)</translation>
    </message>
    <message>
        <source>%1: the history database %2 is locked by another program.</source>
        <translation>%1: la base de datos del historial %2 está bloqueada por otro programa.</translation>
    </message>
    <message>
        <source>%1: the history database %2 is locked by %3.</source>
        <translation>%1: la base de datos del historial %2 está bloqueada por el %3.</translation>
    </message>
    <message>
        <source>Wait until it has finished, or close it, then try again.</source>
        <translation>Espera a que termine, o ciérralo, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1: the history database %2 is read-only.</source>
        <translation>%1: la base de datos del historial %2 es de solo lectura.</translation>
    </message>
    <message>
        <source>Make the file and its folder writable, or open another history (--db FILE).</source>
        <translation>Da permiso de escritura al archivo y a su carpeta, o abre otro historial (--db ARCHIVO).</translation>
    </message>
    <message>
        <source>%1: the disk holding %2 is full.</source>
        <translation>%1: el disco que contiene %2 está lleno.</translation>
    </message>
    <message>
        <source>Free some space on that disk, then try again.</source>
        <translation>Libera espacio en ese disco y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1: the history database %2 is damaged (%3).</source>
        <translation>%1: la base de datos del historial %2 está dañada (%3).</translation>
    </message>
    <message>
        <source>Keep a copy of the file; recover what it holds with &quot;sqlite3 %1 .recover | sqlite3 recovered.sqlite&quot;, or move it away to start a new history.</source>
        <translation>Guarda una copia del archivo; recupera lo que contiene con &quot;sqlite3 %1 .recover | sqlite3 recovered.sqlite&quot;, o muévelo a otro sitio para empezar un historial nuevo.</translation>
    </message>
    <message>
        <source>%1: %2 could not be written (%3).</source>
        <translation>%1: no se pudo escribir %2 (%3).</translation>
    </message>
    <message>
        <source>Check the disk, its free space and the file&apos;s permissions.</source>
        <translation>Revisa el disco, su espacio libre y los permisos del archivo.</translation>
    </message>
    <message>
        <source>Check the PostgreSQL user (--pg-user) and its password (RANKDESK_PG_PASSWORD, or the one saved in the keychain).</source>
        <translation>Revisa el usuario de PostgreSQL (--pg-user) y su contraseña (RANKDESK_PG_PASSWORD, o la guardada en el llavero).</translation>
    </message>
    <message>
        <source>The PostgreSQL server accepts no writes (a read-only replica or a read-only user).</source>
        <translation>El servidor PostgreSQL no acepta escrituras (una réplica de solo lectura o un usuario de solo lectura).</translation>
    </message>
    <message>
        <source>The PostgreSQL server&apos;s disk is full.</source>
        <translation>El disco del servidor PostgreSQL está lleno.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The PostgreSQL server reports damaged data; ask its administrator.</source>
        <translation>El servidor PostgreSQL informa de datos dañados; consulta a su administrador.</translation>
    </message>
    <message>
        <source>Cannot use the history database</source>
        <translation>No se puede usar la base de datos del historial</translation>
    </message>
    <message>
        <source>Cannot write to the history database</source>
        <translation>No se puede escribir en la base de datos del historial</translation>
    </message>
    <message>
        <source>Cannot check the history database</source>
        <translation>No se puede comprobar la base de datos del historial</translation>
    </message>
    <message>
        <source>The history database %1 is damaged (%2). It was left untouched.</source>
        <translation>La base de datos del historial %1 está dañada (%2). No se modificó.</translation>
    </message>
    <message>
        <source>%1: the PostgreSQL server cannot be reached (%2).</source>
        <translation>%1: no se puede contactar con el servidor PostgreSQL (%2).</translation>
    </message>
    <message>
        <source>Check that the server at %1:%2 is running and reachable from this machine, then try again.</source>
        <translation>Comprueba que el servidor en %1:%2 esté en marcha y sea accesible desde este equipo, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Check the database name in --pg HOST[:PORT]/DATABASE, or ask the server&apos;s administrator to create it.</source>
        <translation>Revisa el nombre de la base de datos en --pg HOST[:PUERTO]/BASE, o pide a la administración del servidor que la cree.</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Changes per day</source>
        <translation>Cambios por día</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Ascender</translation>
    </message>
    <message>
        <source>Demote</source>
        <translation>Degradar</translation>
    </message>
    <message>
        <source>Set rank</source>
        <translation>Asignar rango</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>wk %1</source>
        <translation>sem. %1</translation>
    </message>
    <message>
        <source>No changes match the filter.</source>
        <translation>Ningún cambio coincide con el filtro.</translation>
    </message>
    <message>
        <source>Changes per week</source>
        <translation>Cambios por semana</translation>
    </message>
    <message>
        <source>Changes per day (UTC)</source>
        <translation>Cambios por día (UTC)</translation>
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
        <translation>No se puede escribir %1: %2</translation>
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
        <translation>Cambio individual</translation>
    </message>
    <message>
        <source>Bulk</source>
        <translation>Masivo</translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation>Importación CSV</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Reversión</translation>
    </message>
    <message>
        <source>Outside Rankdesk</source>
        <translation>Fuera de Rankdesk</translation>
    </message>
    <message>
        <source>Roblox audit log</source>
        <translation>Registro de auditoría de Roblox</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Ascender</translation>
    </message>
    <message>
        <source>Demote</source>
        <translation>Degradar</translation>
    </message>
    <message>
        <source>Set rank</source>
        <translation>Asignar rango</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Error / reason</source>
        <translation>Error / motivo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Could not record the change in the history</source>
        <translation>No se pudo registrar el cambio en el historial</translation>
    </message>
    <message>
        <source>Could not read the history</source>
        <translation>No se pudo leer el historial</translation>
    </message>
    <message>
        <source>Could not count the history</source>
        <translation>No se pudo contar el historial</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>All &amp;groups</source>
        <translation>Todos los &amp;grupos</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Revert selected…</source>
        <translation>&amp;Revertir la selección…</translation>
    </message>
    <message>
        <source>Revert &amp;all shown…</source>
        <translation>Revertir &amp;todo lo mostrado…</translation>
    </message>
    <message>
        <source>Import Roblox &amp;audit log</source>
        <translation>Importar el registro de &amp;auditoría de Roblox</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Desde la fecha</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Hasta la fecha</translation>
    </message>
    <message>
        <source>Bring the group&apos;s rank changes from Roblox&apos;s audit log into this history (an Open Cloud key with legacy-group:manage).</source>
        <translation>Trae a este historial los cambios de rango del grupo desde el registro de auditoría de Roblox (una clave de Open Cloud con legacy-group:manage).</translation>
    </message>
    <message>
        <source>Name or user ID</source>
        <translation>Nombre o id de usuario</translation>
    </message>
    <message>
        <source>Batch ID</source>
        <translation>Id del lote</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Cualquier acción</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Ascender</translation>
    </message>
    <message>
        <source>Demote</source>
        <translation>Degradar</translation>
    </message>
    <message>
        <source>Set rank</source>
        <translation>Asignar rango</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Cualquier origen</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Cualquier rol</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Miembro:</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Lote:</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>&amp;Cambios</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>&amp;Gráfico</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <source>History of batch %1</source>
        <translation>Historial del lote %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching change(s)</source>
        <translation>
            <numerusform>%Ln cambio coincidente</numerusform>
            <numerusform>%Ln cambios coincidentes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 hechos</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fallidos</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 omitidos</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Undo every change shown: filter by a batch (or a member) first.</source>
        <translation>Deshacer todos los cambios mostrados: filtra antes por un lote (o un miembro).</translation>
    </message>
    <message>
        <source>Select a change to see all it recorded.</source>
        <translation>Selecciona un cambio para ver todo lo que registró.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes selected.</source>
        <translation>
            <numerusform>%n cambio seleccionado.</numerusform>
            <numerusform>%n cambios seleccionados.</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (rank %2)</source>
        <translation>%1 (rango %2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>%1 (user ID %2)</source>
        <translation>%1 (id de usuario %2)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>A través de</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <source>history.csv</source>
        <translation>historial.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) written to %1</source>
        <translation>
            <numerusform>%Ln cambio escrito en %1</numerusform>
            <numerusform>%Ln cambios escritos en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>cambio %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>More than %1 changes are shown; narrow the filter first.</source>
        <translation>Se muestran más de %1 cambios; restringe antes el filtro.</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>lote %1</translation>
    </message>
</context>
<context>
    <name>HyraWriter</name>
    <message>
        <source>Hyra can only test a key through its workspace: enter the workspace ID in the profile. Otherwise the first rank change will tell.</source>
        <translation>Hyra solo puede probar una clave a través de su workspace: escribe el id del workspace en el perfil. Si no, el primer cambio de rango lo dirá.</translation>
    </message>
    <message numerus="yes">
        <source>Workspace %1 answers; %n group role(s) linked.</source>
        <translation>
            <numerusform>El workspace %1 responde; %n rol del grupo vinculado.</numerusform>
            <numerusform>El workspace %1 responde; %n roles del grupo vinculados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportApplyPage</name>
    <message>
        <source>Dry run or apply</source>
        <translation>Simular o aplicar</translation>
    </message>
    <message>
        <source>&amp;Dry run: change nothing (the plan can be exported on the previous page)</source>
        <translation>&amp;Simulación: no cambiar nada (el plan se puede exportar en la página anterior)</translation>
    </message>
    <message>
        <source>Write even where a member&apos;s role changed since this check</source>
        <translation>Escribir incluso donde el rol de un miembro cambió desde esta comprobación</translation>
    </message>
    <message>
        <source>Type the number of changes to confirm</source>
        <translation>Escribe el número de cambios para confirmar</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) can be applied as one stored, resumable batch; </source>
        <translation>
            <numerusform>%n cambio se puede aplicar como un lote guardado y reanudable; </numerusform>
            <numerusform>%n cambios se pueden aplicar como un lote guardado y reanudable; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are left out (invalid, conflicting, duplicate or already there).</source>
        <translation>
            <numerusform>%n fila queda fuera (inválida, en conflicto, duplicada o ya aplicada).</numerusform>
            <numerusform>%n filas quedan fuera (inválidas, en conflicto, duplicadas o ya aplicadas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n change(s) now</source>
        <translation>
            <numerusform>&amp;Aplicar %n cambio ahora</numerusform>
            <numerusform>&amp;Aplicar %n cambios ahora</numerusform>
        </translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Escribe %1 para confirmar:</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <source>Check every row</source>
        <translation>Comprobar cada fila</translation>
    </message>
    <message>
        <source>Each row against the live roster and your guard rails. Nothing has been changed.</source>
        <translation>Cada fila contra la lista actual de miembros y tus salvaguardas. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>&amp;Cancel reading</source>
        <translation>&amp;Cancelar la lectura</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation>Mostrar filas</translation>
    </message>
    <message>
        <source>&amp;Export plan…</source>
        <translation>&amp;Exportar el plan…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s) against the roster…</source>
        <translation>
            <numerusform>Comprobando %n fila contra la lista de miembros…</numerusform>
            <numerusform>Comprobando %n filas contra la lista de miembros…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading was cancelled. Nothing was checked or changed.</source>
        <translation>Se canceló la lectura. No se comprobó ni se cambió nada.</translation>
    </message>
    <message>
        <source>The rows could not be checked: %1</source>
        <translation>No se pudieron comprobar las filas: %1</translation>
    </message>
    <message>
        <source>All rows (%1)</source>
        <translation>Todas las filas (%1)</translation>
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
        <translation>Cambios por rol de destino: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) were not valid UTF-8 and were read as Windows-1252.</source>
        <translation>
            <numerusform>%n línea no era UTF-8 válido y se leyó como Windows-1252.</numerusform>
            <numerusform>%n líneas no eran UTF-8 válido y se leyeron como Windows-1252.</numerusform>
        </translation>
    </message>
    <message>
        <source>-plan.csv</source>
        <translation>-plan.csv</translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>Exportar el plan</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Plan written to %1.</source>
        <translation>Plan escrito en %1.</translation>
    </message>
    <message>
        <source>Checked rows</source>
        <translation>Filas comprobadas</translation>
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
        <translation>Línea</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Current role</source>
        <translation>Rol actual</translation>
    </message>
    <message>
        <source>Target role</source>
        <translation>Rol de destino</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Change or reason</source>
        <translation>Cambio o motivo</translation>
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
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportMapPage</name>
    <message>
        <source>Map the columns</source>
        <translation>Asignar las columnas</translation>
    </message>
    <message>
        <source>Which column holds the member (user id, username or profile URL), which the target (rank, role name, role id, promote, demote, +N or -N), and which an optional reason.</source>
        <translation>Qué columna contiene el miembro (id de usuario, nombre de usuario o URL del perfil), cuál el destino (rango, nombre de rol, id de rol, promote, demote, +N o -N) y cuál un motivo opcional.</translation>
    </message>
    <message>
        <source>Member column</source>
        <translation>Columna de miembros</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>Columna de destinos</translation>
    </message>
    <message>
        <source>Reason column</source>
        <translation>Columna de motivos</translation>
    </message>
    <message>
        <source>The first row is a &amp;header</source>
        <translation>La primera fila es un &amp;encabezado</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Miembro:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>M&amp;otivo:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (e.g. %3)</source>
        <translation>%1: %2 (p. ej. %3)</translation>
    </message>
    <message>
        <source>The member and the target must be two different columns.</source>
        <translation>El miembro y el destino deben ser dos columnas distintas.</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>&quot;%1&quot; is not a mapping; write user=COLUMN,target=COLUMN[,reason=COLUMN].</source>
        <translation>&quot;%1&quot; no es una asignación; escribe user=COLUMNA,target=COLUMNA[,reason=COLUMNA].</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot;; give its number (1 is the first) or its header name.</source>
        <translation>No existe la columna &quot;%1&quot;; indica su número (1 es la primera) o su encabezado.</translation>
    </message>
    <message>
        <source>The mapping needs different user and target columns.</source>
        <translation>La asignación necesita columnas distintas para user y target.</translation>
    </message>
</context>
<context>
    <name>ImportReadPage</name>
    <message>
        <source>Read the file</source>
        <translation>Leer el archivo</translation>
    </message>
    <message>
        <source>A CSV or text export from Excel, LibreOffice or Google Sheets. Encoding and delimiter are detected.</source>
        <translation>Una exportación CSV o de texto desde Excel, LibreOffice o Google Sheets. La codificación y el separador se detectan solos.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo a importar</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Separador</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Coma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Punto y coma</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>Barra vertical</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Archivos CSV y de texto (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Elige un archivo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2-separated · %n column(s) · first %3 rows shown</source>
        <translation>
            <numerusform>%1 · separado por %2 · %n columna · se muestran las primeras %3 filas</numerusform>
            <numerusform>%1 · separado por %2 · %n columnas · se muestran las primeras %3 filas</numerusform>
        </translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Primeras filas del archivo</translation>
    </message>
</context>
<context>
    <name>ImportValidator</name>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Sin cambio</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Inválido</translation>
    </message>
    <message>
        <source>The member cell is empty.</source>
        <translation>La celda del miembro está vacía.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user id, a username or a roblox.com profile URL.</source>
        <translation>&quot;%1&quot; no es un id de usuario, un nombre de usuario ni una URL de perfil de roblox.com.</translation>
    </message>
    <message>
        <source>No Roblox user is named &quot;%1&quot;.</source>
        <translation>Ningún usuario de Roblox se llama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a member of the group.</source>
        <translation>&quot;%1&quot; no es miembro del grupo.</translation>
    </message>
    <message>
        <source>No Roblox user has the id %1.</source>
        <translation>Ningún usuario de Roblox tiene el id %1.</translation>
    </message>
    <message>
        <source>%1 is not a member of the group.</source>
        <translation>%1 no es miembro del grupo.</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Usuario %1</translation>
    </message>
    <message>
        <source>Protected: bulk actions skip this member.</source>
        <translation>Protegido: las acciones masivas omiten a este miembro.</translation>
    </message>
    <message>
        <source>The target cell is empty.</source>
        <translation>La celda del destino está vacía.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rank, a role, promote, demote or a +N/-N step.</source>
        <translation>&quot;%1&quot; no es un rango, un rol, promote, demote ni un paso +N/-N.</translation>
    </message>
    <message>
        <source>Already %1 (rank %2).</source>
        <translation>Ya es %1 (rango %2).</translation>
    </message>
    <message>
        <source>%1 (rank %2) → %3 (rank %4)</source>
        <translation>%1 (rango %2) → %3 (rango %4)</translation>
    </message>
    <message>
        <source>Same change as line %1.</source>
        <translation>El mismo cambio que la línea %1.</translation>
    </message>
    <message>
        <source>line %1 asks for %2 (rank %3)</source>
        <translation>la línea %1 pide %2 (rango %3)</translation>
    </message>
    <message>
        <source>Conflicting rows for this member: %1.</source>
        <translation>Filas en conflicto para este miembro: %1.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Choose a file.</source>
        <translation>Elige un archivo.</translation>
    </message>
    <message>
        <source>Import rank changes from CSV</source>
        <translation>Importar cambios de rango desde CSV</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>Reintentar los &amp;fallidos</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>&amp;Exportar resultados…</translation>
    </message>
    <message>
        <source>Show in &amp;history</source>
        <translation>Mostrar en el &amp;historial</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechos</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 skipped · %4/min · ETA %5</source>
        <translation>%1 hechos, %2 fallidos, %3 omitidos · %4/min · faltan %5</translation>
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
        <translation>Lotes</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Ascender</translation>
    </message>
    <message>
        <source>Demote</source>
        <translation>Degradar</translation>
    </message>
    <message>
        <source>Set rank</source>
        <translation>Asignar rango</translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation>Importación CSV</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <source>Could not read from the system keychain</source>
        <translation>No se pudo leer del llavero del sistema</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>no respondió a tiempo</translation>
    </message>
    <message>
        <source>Could not save in the system keychain</source>
        <translation>No se pudo guardar en el llavero del sistema</translation>
    </message>
    <message>
        <source>Could not remove from the system keychain</source>
        <translation>No se pudo quitar del llavero del sistema</translation>
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
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Promote</source>
        <translation>&amp;Ascender</translation>
    </message>
    <message>
        <source>&amp;Demote</source>
        <translation>&amp;Degradar</translation>
    </message>
    <message>
        <source>&amp;Set rank…</source>
        <translation>Asignar &amp;rango…</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Perfiles…</translation>
    </message>
    <message>
        <source>Open &amp;sandbox</source>
        <translation>Abrir el &amp;sandbox</translation>
    </message>
    <message>
        <source>&amp;Find member</source>
        <translation>&amp;Buscar miembro</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open p&amp;rofile</source>
        <translation>Abrir p&amp;erfil</translation>
    </message>
    <message>
        <source>Sandbox &amp;writer</source>
        <translation>Servicio de &amp;escritura del sandbox</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Archivos CSV y de texto (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Miembros</translation>
    </message>
    <message>
        <source>Apply to &amp;all shown</source>
        <translation>Aplicar a &amp;todos los mostrados</translation>
    </message>
    <message>
        <source>Promote all shown…</source>
        <translation>Ascender a todos los mostrados…</translation>
    </message>
    <message>
        <source>Demote all shown…</source>
        <translation>Degradar a todos los mostrados…</translation>
    </message>
    <message>
        <source>Set rank of all shown…</source>
        <translation>Asignar rango a todos los mostrados…</translation>
    </message>
    <message>
        <source>Bulk rank &amp;ceiling…</source>
        <translation>Límite de &amp;rango para acciones masivas…</translation>
    </message>
    <message>
        <source>Bulk rank ceiling</source>
        <translation>Límite de rango para acciones masivas</translation>
    </message>
    <message>
        <source>Bulk actions refuse target ranks at or above (0 for no ceiling):</source>
        <translation>Las acciones masivas rechazan rangos de destino iguales o superiores a (0 sin límite):</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Rankdesk</source>
        <translation>&amp;Acerca de Rankdesk</translation>
    </message>
    <message>
        <source>About Rankdesk</source>
        <translation>Acerca de Rankdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rankdesk %1&lt;/b&gt;&lt;p&gt;Promote, demote and re-rank the members of your Roblox groups, with a history of every change.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Rankdesk %1&lt;/b&gt;&lt;p&gt;Asciende, degrada y cambia el rango de los miembros de tus grupos de Roblox, con un historial de cada cambio.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&lt;b&gt;Roles&lt;/b&gt;</source>
        <translation>&lt;b&gt;Roles&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show &amp;all roles</source>
        <translation>Mostrar &amp;todos los roles</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Filter by username, display name or user ID (Ctrl+F)</source>
        <translation>Filtrar por nombre de usuario, nombre visible o id de usuario (Ctrl+F)</translation>
    </message>
    <message>
        <source>Member filter</source>
        <translation>Filtro de miembros</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Copy user ID</source>
        <translation>Copiar id de usuario</translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation>Mostrar el &amp;historial</translation>
    </message>
    <message>
        <source>Protect from bulk actions</source>
        <translation>Proteger de las acciones masivas</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Export batch results</source>
        <translation>Exportar resultados del lote</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <source>Results written to %1.</source>
        <translation>Resultados escritos en %1.</translation>
    </message>
    <message>
        <source>Rankdesk will be shown in %1 from the next start.</source>
        <translation>Rankdesk se mostrará en %1 a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>the Open Cloud API key (or set %1)</source>
        <translation>la clave de API de Open Cloud (o define %1)</translation>
    </message>
    <message>
        <source>the %1 key (or set %2)</source>
        <translation>la clave de %1 (o define %2)</translation>
    </message>
    <message>
        <source>%1 has no key: add %2 in Profiles (Ctrl+O).</source>
        <translation>%1 no tiene clave: añade %2 en Perfiles (Ctrl+O).</translation>
    </message>
    <message>
        <source>Loading members… %1</source>
        <translation>Cargando miembros… %1</translation>
    </message>
    <message>
        <source>Offline: showing the roster cached %1</source>
        <translation>Sin conexión: se muestra la lista guardada %1</translation>
    </message>
    <message>
        <source>Could not load the group</source>
        <translation>No se pudo cargar el grupo</translation>
    </message>
    <message>
        <source>%1 — Rankdesk</source>
        <translation>%1 — Rankdesk</translation>
    </message>
    <message>
        <source>%1 · group %2 · reader %3 · writer %4</source>
        <translation>%1 · grupo %2 · lectura %3 · escritura %4</translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation>Cargando roles…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>Cached roster from %1; refreshing…</source>
        <translation>Lista guardada %1; actualizando…</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln member(s). </source>
        <translation>
            <numerusform>%Ln miembro cargado. </numerusform>
            <numerusform>%Ln miembros cargados. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rank change(s) were made outside Rankdesk since the last refresh; they are in the history.</source>
        <translation>
            <numerusform>Se hizo %n cambio de rango fuera de Rankdesk desde la última actualización; está en el historial.</numerusform>
            <numerusform>Se hicieron %n cambios de rango fuera de Rankdesk desde la última actualización; están en el historial.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln member(s).</source>
        <translation>
            <numerusform>%Ln miembro cargado.</numerusform>
            <numerusform>%Ln miembros cargados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln miembro</numerusform>
            <numerusform>%Ln miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 members</source>
        <translation>%1 de %2 miembros</translation>
    </message>
    <message>
        <source>Connect to a group and wait for its members to load before importing.</source>
        <translation>Conéctate a un grupo y espera a que carguen sus miembros antes de importar.</translation>
    </message>
    <message>
        <source>A batch is running; wait for it, or pause or cancel it in the Jobs panel.</source>
        <translation>Hay un lote en curso; espera a que termine, o páusalo o cancélalo en el panel de tareas.</translation>
    </message>
    <message>
        <source>Checking %1&apos;s current role…</source>
        <translation>Comprobando el rol actual de %1…</translation>
    </message>
    <message>
        <source>Rank change refused</source>
        <translation>Cambio de rango rechazado</translation>
    </message>
    <message>
        <source>The member&apos;s role changed since the list was loaded; it is now %1.</source>
        <translation>El rol del miembro cambió desde que se cargó la lista; ahora es %1.</translation>
    </message>
    <message>
        <source>Rank change cancelled.</source>
        <translation>Cambio de rango cancelado.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Aplicando…</translation>
    </message>
    <message>
        <source>Rank change failed</source>
        <translation>Falló el cambio de rango</translation>
    </message>
    <message>
        <source>%1: %2 → %3.</source>
        <translation>%1: %2 → %3.</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Ascender</translation>
    </message>
    <message>
        <source>Demote</source>
        <translation>Degradar</translation>
    </message>
    <message>
        <source>Set rank</source>
        <translation>Asignar rango</translation>
    </message>
    <message>
        <source>Could not store the batch</source>
        <translation>No se pudo guardar el lote</translation>
    </message>
    <message>
        <source>Roblox audit log</source>
        <translation>Registro de auditoría de Roblox</translation>
    </message>
    <message>
        <source>Reading the audit log needs a group opened with an Open Cloud key that has the legacy-group:manage scope.</source>
        <translation>Leer el registro de auditoría requiere un grupo abierto con una clave de Open Cloud que tenga el permiso legacy-group:manage.</translation>
    </message>
    <message numerus="yes">
        <source>Reading the audit log: %n page(s), </source>
        <translation>
            <numerusform>Leyendo el registro de auditoría: %n página, </numerusform>
            <numerusform>Leyendo el registro de auditoría: %n páginas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) so far…</source>
        <translation>
            <numerusform>%n cambio hasta ahora…</numerusform>
            <numerusform>%n cambios hasta ahora…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n change(s) added to the history</source>
        <translation>
            <numerusform>Registro de auditoría: %n cambio añadido al historial</numerusform>
            <numerusform>Registro de auditoría: %n cambios añadidos al historial</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n made by Rankdesk, already there).</source>
        <translation>
            <numerusform> (%n hecho por Rankdesk, ya estaba).</numerusform>
            <numerusform> (%n hechos por Rankdesk, ya estaban).</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Connect to the group and wait for its members to load first.</source>
        <translation>Conéctate primero al grupo y espera a que carguen sus miembros.</translation>
    </message>
    <message>
        <source>These changes include group %1; open that group to revert them.</source>
        <translation>Estos cambios incluyen el grupo %1; abre ese grupo para revertirlos.</translation>
    </message>
    <message>
        <source>Revert %1</source>
        <translation>Revertir %1</translation>
    </message>
    <message>
        <source>Batch finished: %1</source>
        <translation>Lote terminado: %1</translation>
    </message>
    <message>
        <source>Could not start the batch</source>
        <translation>No se pudo iniciar el lote</translation>
    </message>
    <message>
        <source>Unfinished batch</source>
        <translation>Lote sin terminar</translation>
    </message>
    <message>
        <source>A batch (%1, started %2) was interrupted with %3 of %4 items left. Resume it now? Each item is checked before anything is sent.</source>
        <translation>Un lote (%1, iniciado %2) se interrumpió con %3 de %4 elementos pendientes. ¿Reanudarlo ahora? Cada elemento se comprueba antes de enviar nada.</translation>
    </message>
    <message>
        <source>S&amp;top loading</source>
        <translation>De&amp;tener la carga</translation>
    </message>
    <message>
        <source>Loading stopped; the table shows the members loaded before. Refresh (F5) to try again.</source>
        <translation>Carga detenida; la tabla muestra los miembros cargados antes. Actualizar (F5) lo intenta de nuevo.</translation>
    </message>
    <message>
        <source>Loading stopped. Refresh (F5) to load the members.</source>
        <translation>Carga detenida. Actualizar (F5) carga los miembros.</translation>
    </message>
    <message>
        <source>Reading the keys of %1…</source>
        <translation>Leyendo las claves de %1…</translation>
    </message>
    <message>
        <source>Open Cloud</source>
        <translation>Open Cloud</translation>
    </message>
    <message>
        <source>public endpoints</source>
        <translation>endpoints públicos</translation>
    </message>
    <message>
        <source>Could not cancel the batch</source>
        <translation>No se pudo cancelar el lote</translation>
    </message>
    <message>
        <source>Another program runs this batch; it was asked to cancel before its next request.</source>
        <translation>Otro programa ejecuta este lote; se le pidió que cancele antes de su siguiente solicitud.</translation>
    </message>
    <message>
        <source>Open the batch&apos;s group first.</source>
        <translation>Abre primero el grupo del lote.</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>(unknown role)</source>
        <translation>(rol desconocido)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Id de usuario</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Miembro desde</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>memory, for this session only</source>
        <translation>la memoria, solo para esta sesión</translation>
    </message>
</context>
<context>
    <name>OpenCloudBackend</name>
    <message>
        <source>Open Cloud: group %1 (%2)</source>
        <translation>Open Cloud: grupo %1 (%2)</translation>
    </message>
    <message>
        <source>Roblox Open Cloud</source>
        <translation>Roblox Open Cloud</translation>
    </message>
    <message>
        <source>role &quot;%1&quot; has no rank from 0 to 255.</source>
        <translation>el rol «%1» no tiene un rango de 0 a 255.</translation>
    </message>
    <message>
        <source>role &quot;%1&quot;</source>
        <translation>el rol «%1»</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>el grupo</translation>
    </message>
    <message>
        <source>it lists more than %1 roles; a group has at most %1.</source>
        <translation>enumera más de %1 roles; un grupo tiene como máximo %1.</translation>
    </message>
    <message>
        <source>the list of roles came back to a page it had already given, so it would never end.</source>
        <translation>la lista de roles volvió a una página que ya había dado, así que nunca terminaría.</translation>
    </message>
    <message>
        <source>the list of roles did not end within %1 pages.</source>
        <translation>la lista de roles no terminó en %1 páginas.</translation>
    </message>
    <message>
        <source>a page lists %1 members where at most %2 were asked for.</source>
        <translation>una página trae %1 miembros cuando se pidieron como máximo %2.</translation>
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
        <translation>rol desconocido</translation>
    </message>
    <message>
        <source>Changed outside Rankdesk between %1 and %2 (UTC).</source>
        <translation>Cambiado fuera de Rankdesk entre %1 y %2 (UTC).</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Kept in the system keychain</source>
        <translation>Guardada en el llavero del sistema</translation>
    </message>
    <message>
        <source>Kept for this session only</source>
        <translation>Solo para esta sesión</translation>
    </message>
    <message>
        <source>From the environment</source>
        <translation>Del entorno</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Sin clave</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Remove the Open Cloud key</source>
        <translation>Quitar la clave de Open Cloud</translation>
    </message>
    <message>
        <source>Writer API key</source>
        <translation>Clave de API del servicio de escritura</translation>
    </message>
    <message>
        <source>Remove the writer key</source>
        <translation>Quitar la clave del servicio de escritura</translation>
    </message>
    <message>
        <source>Demote through set-rank (WESK Starter has no demote)</source>
        <translation>Degradar mediante asignar rango (WESK Starter no puede degradar)</translation>
    </message>
    <message>
        <source>Keep new keys in the system &amp;keychain (otherwise for this session only)</source>
        <translation>Guardar las claves nuevas en el &amp;llavero del sistema (si no, solo para esta sesión)</translation>
    </message>
    <message>
        <source>e.g. 7</source>
        <translation>p. ej. 7</translation>
    </message>
    <message>
        <source>Open Cloud (API key)</source>
        <translation>Open Cloud (clave de API)</translation>
    </message>
    <message>
        <source>Public endpoints (no key, read only)</source>
        <translation>Endpoints públicos (sin clave, solo lectura)</translation>
    </message>
    <message>
        <source>No ceiling (only Owner is refused)</source>
        <translation>Sin límite (solo se rechaza Owner)</translation>
    </message>
    <message>
        <source>Bulk rank ceiling</source>
        <translation>Límite de rango para acciones masivas</translation>
    </message>
    <message>
        <source>User ids, separated by commas</source>
        <translation>Ids de usuario, separados por comas</translation>
    </message>
    <message>
        <source>Protected members</source>
        <translation>Miembros protegidos</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Group ID:</source>
        <translation>Id del &amp;grupo:</translation>
    </message>
    <message>
        <source>&amp;Reader:</source>
        <translation>&amp;Lectura:</translation>
    </message>
    <message>
        <source>&amp;Open Cloud URL:</source>
        <translation>URL de &amp;Open Cloud:</translation>
    </message>
    <message>
        <source>Gro&amp;ups API URL:</source>
        <translation>URL de la API de gr&amp;upos:</translation>
    </message>
    <message>
        <source>&amp;Users API URL:</source>
        <translation>URL de la API de &amp;usuarios:</translation>
    </message>
    <message>
        <source>Open Cloud API &amp;key:</source>
        <translation>&amp;Clave de API de Open Cloud:</translation>
    </message>
    <message>
        <source>&amp;Writer:</source>
        <translation>&amp;Escritura:</translation>
    </message>
    <message>
        <source>Writer U&amp;RL:</source>
        <translation>U&amp;RL del servicio de escritura:</translation>
    </message>
    <message>
        <source>Writer k&amp;ey:</source>
        <translation>Cla&amp;ve del servicio de escritura:</translation>
    </message>
    <message>
        <source>Bulk rank &amp;ceiling:</source>
        <translation>Lí&amp;mite de rango para acciones masivas:</translation>
    </message>
    <message>
        <source>&amp;Protected members:</source>
        <translation>Miembros &amp;protegidos:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>native</source>
        <translation>nativo</translation>
    </message>
    <message>
        <source>composed by Rankdesk (read + rank rules + set-rank)</source>
        <translation>compuesto por Rankdesk (lectura + reglas de rango + asignar rango)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Promote:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Demote:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Set rank:&lt;/b&gt; %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;Ascender:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Degradar:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Asignar rango:&lt;/b&gt; %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>Made by the Sandbox</source>
        <translation>Creada por el sandbox</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Paste the key</source>
        <translation>Pega la clave</translation>
    </message>
    <message>
        <source>Type a new key to replace it</source>
        <translation>Escribe una clave nueva para reemplazarla</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Ponle un nombre al perfil.</translation>
    </message>
    <message>
        <source>Enter the group&apos;s id.</source>
        <translation>Escribe el id del grupo.</translation>
    </message>
    <message>
        <source>Enter the %1 key.</source>
        <translation>Escribe la clave de %1.</translation>
    </message>
    <message>
        <source>Protected members are user ids (numbers), separated by commas.</source>
        <translation>Los miembros protegidos son ids de usuario (números), separados por comas.</translation>
    </message>
    <message>
        <source>%1 must be an https:// URL (http:// only for this machine).</source>
        <translation>%1 debe ser una URL https:// (http:// solo para este equipo).</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Workspace Settings in Hyra; used by Test connection only</source>
        <translation>Workspace Settings en Hyra; solo lo usa «Probar conexión»</translation>
    </message>
    <message>
        <source>Hyra wor&amp;kspace ID:</source>
        <translation>Id del &amp;workspace de Hyra:</translation>
    </message>
</context>
<context>
    <name>ProfileManagerDialog</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Subi&amp;r</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Perfiles de conexión</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Quitar clave</translation>
    </message>
    <message>
        <source>A simulated group on this computer; needs no key</source>
        <translation>Un grupo simulado en este equipo; no necesita clave</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (sin guardar)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>¿Guardar los cambios de %1?</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Perfil nuevo</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Delete the profile %1 and forget its keys? The history of its group is kept.</source>
        <translation>¿Eliminar el perfil %1 y olvidar sus claves? El historial de su grupo se conserva.</translation>
    </message>
    <message>
        <source>System keychain unavailable</source>
        <translation>Llavero del sistema no disponible</translation>
    </message>
    <message>
        <source>The key could not be kept in the system keychain.
%1

Rankdesk never writes keys to a file. You can use the key for this session only, or set %2 before starting Rankdesk.</source>
        <translation>No se pudo guardar la clave en el llavero del sistema.
%1

Rankdesk nunca escribe claves en un archivo. Puedes usar la clave solo para esta sesión, o definir %2 antes de iniciar Rankdesk.</translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation>Usar solo para esta &amp;sesión</translation>
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
        <translation>Grupo %1</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Perfil nuevo</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
</context>
<context>
    <name>PublicReader</name>
    <message>
        <source>the group</source>
        <translation>el grupo</translation>
    </message>
    <message>
        <source>it lists %1 roles; a group has at most %2.</source>
        <translation>enumera %1 roles; un grupo tiene como máximo %2.</translation>
    </message>
    <message>
        <source>role &quot;%1&quot; has no rank from 0 to 255.</source>
        <translation>el rol «%1» no tiene un rango de 0 a 255.</translation>
    </message>
    <message>
        <source>role &quot;%1&quot;</source>
        <translation>el rol «%1»</translation>
    </message>
    <message>
        <source>The page token is not one this reader gave out.</source>
        <translation>El token de página no lo emitió este lector.</translation>
    </message>
    <message>
        <source>a page lists %1 members where at most %2 were asked for.</source>
        <translation>una página trae %1 miembros cuando se pidieron como máximo %2.</translation>
    </message>
</context>
<context>
    <name>RankChangeService</name>
    <message>
        <source>No user was given.</source>
        <translation>No se indicó ningún usuario.</translation>
    </message>
    <message>
        <source>There is no Roblox user named &quot;%1&quot;.</source>
        <translation>No hay ningún usuario de Roblox llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>User %1 is not a member of group %2.</source>
        <translation>El usuario %1 no es miembro del grupo %2.</translation>
    </message>
    <message>
        <source>Nothing was sent: the change could not be recorded first. %1</source>
        <translation>No se envió nada: no se pudo registrar el cambio antes. %1</translation>
    </message>
    <message>
        <source>The change is kept as batch %1 (rankdesk-cli jobs resume %1, or the Jobs panel): resuming it checks the member first.</source>
        <translation>El cambio se conserva como el lote %1 (rankdesk-cli jobs resume %1, o el panel de tareas): al reanudarlo se comprueba primero el miembro.</translation>
    </message>
</context>
<context>
    <name>RankRules</name>
    <message>
        <source>%1 (rank %2)</source>
        <translation>%1 (rango %2)</translation>
    </message>
    <message>
        <source>The user is not a member of this group.</source>
        <translation>El usuario no es miembro de este grupo.</translation>
    </message>
    <message>
        <source>The group owner&apos;s rank cannot be changed.</source>
        <translation>No se puede cambiar el rango del propietario del grupo.</translation>
    </message>
    <message>
        <source>The member&apos;s role %1 is at or above the highest rank you may manage (%2).</source>
        <translation>El rol %1 del miembro está en el rango más alto que puedes gestionar (%2) o por encima.</translation>
    </message>
    <message>
        <source>The member is already at the highest assignable rank, %1.</source>
        <translation>El miembro ya tiene el rango asignable más alto, %1.</translation>
    </message>
    <message>
        <source>The member is already at the lowest assignable rank, %1.</source>
        <translation>El miembro ya tiene el rango asignable más bajo, %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is only %n assignable rank(s) below the top; it cannot move up %2.</source>
        <translation>
            <numerusform>%1 está solo %n rango asignable por debajo del máximo; no puede subir %2.</numerusform>
            <numerusform>%1 está solo %n rangos asignables por debajo del máximo; no puede subir %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is only %n assignable rank(s) above the bottom; it cannot move down %2.</source>
        <translation>
            <numerusform>%1 está solo %n rango asignable por encima del mínimo; no puede bajar %2.</numerusform>
            <numerusform>%1 está solo %n rangos asignables por encima del mínimo; no puede bajar %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The group has no role with rank %1.</source>
        <translation>El grupo no tiene ningún rol con rango %1.</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>Several roles have rank %1: %2. Name the role or give its id.</source>
        <translation>Varios roles tienen el rango %1: %2. Nombra el rol o indica su id.</translation>
    </message>
    <message>
        <source>The group has no role named &quot;%1&quot;.</source>
        <translation>El grupo no tiene ningún rol llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several roles: %2. Be more specific.</source>
        <translation>&quot;%1&quot; coincide con varios roles: %2. Sé más específico.</translation>
    </message>
    <message>
        <source>No target role was given.</source>
        <translation>No se indicó ningún rol de destino.</translation>
    </message>
    <message>
        <source>%1 is neither a rank (0-255) nor a role id of this group.</source>
        <translation>%1 no es un rango (0-255) ni un id de rol de este grupo.</translation>
    </message>
    <message>
        <source>Members cannot be set to Guest (rank 0); that would remove them from the group.</source>
        <translation>No se puede asignar Guest (rango 0) a los miembros; eso los sacaría del grupo.</translation>
    </message>
    <message>
        <source>The Owner role (rank 255) cannot be assigned.</source>
        <translation>El rol Owner (rango 255) no se puede asignar.</translation>
    </message>
    <message>
        <source>%1 is at or above the highest rank you may assign (%2).</source>
        <translation>%1 está en el rango más alto que puedes asignar (%2) o por encima.</translation>
    </message>
    <message>
        <source>The member already has the role %1.</source>
        <translation>El miembro ya tiene el rol %1.</translation>
    </message>
    <message>
        <source>Protected: bulk actions skip this member.</source>
        <translation>Protegido: las acciones masivas omiten a este miembro.</translation>
    </message>
</context>
<context>
    <name>RevertPlanner</name>
    <message>
        <source>Not reverted: this change was not made (%1).</source>
        <translation>No revertido: este cambio no se hizo (%1).</translation>
    </message>
    <message>
        <source>Not reverted: the change left the role as it was.</source>
        <translation>No revertido: el cambio dejó el rol como estaba.</translation>
    </message>
    <message>
        <source>Not reverted: no longer a member of the group.</source>
        <translation>No revertido: ya no es miembro del grupo.</translation>
    </message>
    <message>
        <source>Not reverted: the role changed since (now %1, the change left %2).</source>
        <translation>No revertido: el rol cambió desde entonces (ahora %1, el cambio dejó %2).</translation>
    </message>
    <message>
        <source>Protected: bulk actions skip this member.</source>
        <translation>Protegido: las acciones masivas omiten a este miembro.</translation>
    </message>
    <message>
        <source>Not reverted: the group no longer has the role %1.</source>
        <translation>No revertido: el grupo ya no tiene el rol %1.</translation>
    </message>
</context>
<context>
    <name>RolesModel</name>
    <message>
        <source>Role id %1</source>
        <translation>Id de rol %1</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
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
        <translation>No se pudo guardar la lista de miembros en caché</translation>
    </message>
    <message>
        <source>Could not read the cached roster</source>
        <translation>No se pudo leer la lista de miembros en caché</translation>
    </message>
</context>
<context>
    <name>RosterLoader</name>
    <message>
        <source>the member list went past %1 members, more than the group&apos;s roles count (%2).</source>
        <translation>la lista de miembros pasó de %1 miembros, más de los que cuentan los roles del grupo (%2).</translation>
    </message>
    <message>
        <source>the member list did not end within %1 pages, more than the %2 members the group&apos;s roles count need.</source>
        <translation>la lista de miembros no terminó en %1 páginas, más de las que necesitan los %2 miembros que cuentan los roles del grupo.</translation>
    </message>
    <message>
        <source>the member list did not end within %1 pages, the most Rankdesk reads.</source>
        <translation>la lista de miembros no terminó en %1 páginas, el máximo que lee Rankdesk.</translation>
    </message>
    <message numerus="yes">
        <source>the member list came back to a page it had already given (after %n page(s)), so it would never end.</source>
        <translation>
            <numerusform>la lista de miembros volvió a una página que ya había dado (tras %n página), así que nunca terminaría.</numerusform>
            <numerusform>la lista de miembros volvió a una página que ya había dado (tras %n páginas), así que nunca terminaría.</numerusform>
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
        <translation>No hay un llavero del sistema utilizable (Secret Service). Usa el secreto solo para esta sesión, o pásalo en una variable de entorno.</translation>
    </message>
</context>
<context>
    <name>SendGate</name>
    <message>
        <source>This batch is for group %1; the open connection is to group %2.</source>
        <translation>Este lote es para el grupo %1; la conexión abierta es con el grupo %2.</translation>
    </message>
    <message>
        <source>This batch was planned for the %1 writer; the open connection writes through %2.</source>
        <translation>Este lote se planificó para el servicio de escritura %1; la conexión abierta escribe a través de %2.</translation>
    </message>
    <message>
        <source>The target role (id %1) is not one of the group&apos;s roles.</source>
        <translation>El rol de destino (id %1) no es uno de los roles del grupo.</translation>
    </message>
</context>
<context>
    <name>SeriesWriter</name>
    <message>
        <source>API key is inactive or invalid</source>
        <translation>La clave de API está inactiva o no es válida</translation>
    </message>
    <message>
        <source>Series.hr workspace %1 (%2)</source>
        <translation>Workspace de Series.hr %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SetRankDialog</name>
    <message>
        <source>Set rank</source>
        <translation>Asignar rango</translation>
    </message>
    <message>
        <source>New role for &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Nuevo rol para &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Target role</source>
        <translation>Rol de destino</translation>
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
        <translation>Quedan %1 solicitudes en este periodo; se reinicia en %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>WESK RankBot: group %1 (%2)</source>
        <translation>WESK RankBot: grupo %1 (%2)</translation>
    </message>
</context>
<context>
    <name>WriterCatalog</name>
    <message>
        <source>Open Cloud has no promote or demote: Rankdesk reads the member&apos;s role, picks the next assignable rank with its rank rules and sets it. Writes: 300 per minute per key owner.</source>
        <translation>Open Cloud no tiene ascenso ni degradación: Rankdesk lee el rol del miembro, elige el siguiente rango asignable con sus reglas de rango y lo asigna. Escrituras: 300 por minuto por propietario de clave.</translation>
    </message>
    <message>
        <source>Hyra offers set-rank only (its promote route is inactive): Rankdesk reads the member&apos;s role, picks the next rank with its rank rules and sets it. About 100 requests per minute.</source>
        <translation>Hyra solo ofrece asignar rango (su ruta de ascenso está inactiva): Rankdesk lee el rol del miembro, elige el siguiente rango con sus reglas de rango y lo asigna. Unas 100 solicitudes por minuto.</translation>
    </message>
    <message>
        <source>Series.hr promotes and demotes itself, along the roles configured in the workspace and up to its Max Promotion Rank; set-rank needs a role configured there. Premium or Enterprise plan; 50 requests per second.</source>
        <translation>Series.hr asciende y degrada por sí mismo, según los roles configurados en el workspace y hasta su Max Promotion Rank; asignar rango necesita un rol configurado allí. Plan Premium o Enterprise; 50 solicitudes por segundo.</translation>
    </message>
    <message>
        <source>WESK RankBot promotes itself; demote is composed through setRank (works on every plan). Monthly request quota: Starter 100, Pro 5,000, Max unlimited.</source>
        <translation>WESK RankBot asciende por sí mismo; la degradación se compone mediante setRank (funciona en todos los planes). Cuota mensual de solicitudes: Starter 100, Pro 5.000, Max ilimitado.</translation>
    </message>
    <message>
        <source>WESK RankBot promotes and demotes itself; its demote needs a Pro or Max plan. Monthly request quota: Starter 100, Pro 5,000, Max unlimited.</source>
        <translation>WESK RankBot asciende y degrada por sí mismo; degradar requiere un plan Pro o Max. Cuota mensual de solicitudes: Starter 100, Pro 5.000, Max ilimitado.</translation>
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
        <translation>Historial en PostgreSQL</translation>
    </message>
    <message>
        <source>Password of %1 for %2 on %3:</source>
        <translation>Contraseña de %1 para %2 en %3:</translation>
    </message>
    <message>
        <source>Save this password in the system keychain?</source>
        <translation>¿Guardar esta contraseña en el llavero del sistema?</translation>
    </message>
    <message>
        <source>%1
The password is used for this session only.</source>
        <translation>%1
La contraseña se usa solo para esta sesión.</translation>
    </message>
    <message>
        <source>Rankdesk: promote, demote and re-rank the members of Roblox groups.
Without --group it opens the profile used last; at first, the Sandbox, a simulated group that needs no key.
With --group the API key is read from RANKDESK_API_KEY or asked for.</source>
        <translation>Rankdesk: asciende, degrada y cambia el rango de los miembros de grupos de Roblox.
Sin --group abre el último perfil usado; la primera vez, el Sandbox, un grupo simulado que no necesita clave.
Con --group la clave de API se lee de RANKDESK_API_KEY o se pide.</translation>
    </message>
    <message>
        <source>Group id to open.</source>
        <translation>Id del grupo a abrir.</translation>
    </message>
    <message>
        <source>One base URL for every Roblox host.</source>
        <translation>Una URL base para todos los hosts de Roblox.</translation>
    </message>
    <message>
        <source>opencloud or public.</source>
        <translation>opencloud o public.</translation>
    </message>
    <message>
        <source>opencloud, hyra, series or wesk (key from RANKDESK_&lt;WRITER&gt;_KEY; in the Sandbox, its own).</source>
        <translation>opencloud, hyra, series o wesk (clave de RANKDESK_&lt;WRITER&gt;_KEY; en el Sandbox, la suya).</translation>
    </message>
    <message>
        <source>Size of the sandbox group.</source>
        <translation>Tamaño del grupo del sandbox.</translation>
    </message>
    <message>
        <source>History database file.</source>
        <translation>Archivo de la base de datos del historial.</translation>
    </message>
    <message>
        <source>Save a picture of the window once loaded, then quit.</source>
        <translation>Guardar una imagen de la ventana una vez cargada y salir.</translation>
    </message>
    <message>
        <source>A shared PostgreSQL history: HOST[:PORT]/DATABASE (password from RANKDESK_PG_PASSWORD, the system keychain, or asked for).</source>
        <translation>Un historial compartido en PostgreSQL: HOST[:PUERTO]/BASE (contraseña de RANKDESK_PG_PASSWORD, del llavero del sistema o pedida).</translation>
    </message>
    <message>
        <source>PostgreSQL user (default: your login name).</source>
        <translation>Usuario de PostgreSQL (por defecto: tu nombre de inicio de sesión).</translation>
    </message>
    <message>
        <source>Log every request and step (to stderr and the log file).</source>
        <translation>Registrar cada solicitud y cada paso (en stderr y en el archivo de registro).</translation>
    </message>
    <message>
        <source>Keep --pg/--pg-user (or, without --pg, the local file) as the history to open from now on.</source>
        <translation>Conservar --pg/--pg-user (o, sin --pg, el archivo local) como el historial que se abrirá a partir de ahora.</translation>
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
        <translation>Grupo %1</translation>
    </message>
    <message>
        <source>The sandbox could not start on this machine&apos;s loopback address.</source>
        <translation>El sandbox no pudo iniciarse en la dirección de loopback de este equipo.</translation>
    </message>
</context>
</TS>
