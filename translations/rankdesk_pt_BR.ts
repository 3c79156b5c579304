<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ApiError</name>
    <message>
        <source>Rankdesk did not send the request to %1: keys travel only over https:// (plain http:// only to this machine). Correct the base URL in the profile.</source>
        <translation>O Rankdesk não enviou a solicitação para %1: as chaves só trafegam por https:// (http:// simples apenas para este computador). Corrija a URL base no perfil.</translation>
    </message>
    <message>
        <source>The request timed out.</source>
        <translation>A solicitação excedeu o tempo limite.</translation>
    </message>
    <message>
        <source>The connection was refused.</source>
        <translation>A conexão foi recusada.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>O servidor fechou a conexão antes de responder.</translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be resolved.</source>
        <translation>Não foi possível resolver o nome do servidor.</translation>
    </message>
    <message>
        <source>The request failed before the server answered (error %1).</source>
        <translation>A solicitação falhou antes de o servidor responder (erro %1).</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1) to %2. Rankdesk does not follow redirects, so your key was not sent there; check the profile&apos;s base URL.</source>
        <translation>O servidor respondeu com um redirecionamento (HTTP %1) para %2. O Rankdesk não segue redirecionamentos, então sua chave não foi enviada para lá; verifique a URL base do perfil.</translation>
    </message>
    <message>
        <source>Hyra answered HTTP %1 without an error description.</source>
        <translation>O Hyra respondeu HTTP %1 sem descrição do erro.</translation>
    </message>
    <message>
        <source>Hyra does not know this user in the workspace&apos;s group: check that they are a member.</source>
        <translation>O Hyra não conhece este usuário no grupo do workspace: verifique se ele é membro.</translation>
    </message>
    <message>
        <source>Check the Hyra key (Workspace Settings → Developer API).</source>
        <translation>Verifique a chave do Hyra (Workspace Settings → Developer API).</translation>
    </message>
    <message>
        <source>Hyra answered without confirming success.</source>
        <translation>O Hyra respondeu sem confirmar o sucesso.</translation>
    </message>
    <message>
        <source>The provider answered success but the member&apos;s role is %1.</source>
        <translation>O provedor respondeu com sucesso, mas o cargo do membro é %1.</translation>
    </message>
    <message>
        <source>%1 has no promote operation.</source>
        <translation>%1 não tem operação de promoção.</translation>
    </message>
    <message>
        <source>%1 has no demote operation.</source>
        <translation>%1 não tem operação de rebaixamento.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 without an error description.</source>
        <translation>O servidor respondeu HTTP %1 sem descrição do erro.</translation>
    </message>
    <message>
        <source>Series.hr answered HTTP %1 without an error description.</source>
        <translation>O Series.hr respondeu HTTP %1 sem descrição do erro.</translation>
    </message>
    <message>
        <source>The member is at the top of the workspace&apos;s ladder.</source>
        <translation>O membro está no topo da escada do workspace.</translation>
    </message>
    <message>
        <source>Raise the workspace&apos;s Max Promotion Rank in Series.hr, or rank this member there.</source>
        <translation>Aumente o Max Promotion Rank do workspace no Series.hr, ou altere o rank deste membro lá.</translation>
    </message>
    <message>
        <source>The member is at the bottom of the workspace&apos;s ladder.</source>
        <translation>O membro está na base da escada do workspace.</translation>
    </message>
    <message>
        <source>Configure the group&apos;s roles in the Series.hr workspace first.</source>
        <translation>Configure primeiro os cargos do grupo no workspace do Series.hr.</translation>
    </message>
    <message>
        <source>Ranks are whole numbers from 0 to 255.</source>
        <translation>Os ranks são números inteiros de 0 a 255.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nada a alterar.</translation>
    </message>
    <message>
        <source>Ranking through Series.hr needs a Premium or Enterprise plan.</source>
        <translation>Alterar ranks pelo Series.hr exige um plano Premium ou Enterprise.</translation>
    </message>
    <message>
        <source>The user must be in the Roblox group.</source>
        <translation>O usuário precisa estar no grupo do Roblox.</translation>
    </message>
    <message>
        <source>Add the role to the Series.hr workspace, or choose a rank it has.</source>
        <translation>Adicione o cargo ao workspace do Series.hr, ou escolha um rank que ele tenha.</translation>
    </message>
    <message>
        <source>Series.hr allows 50 ranking requests per second; wait a moment.</source>
        <translation>O Series.hr permite 50 solicitações de rank por segundo; aguarde um momento.</translation>
    </message>
    <message>
        <source>Check the Series.hr API key; use Test connection to see whether it is active.</source>
        <translation>Verifique a chave de API do Series.hr; use &quot;Testar conexão&quot; para ver se ela está ativa.</translation>
    </message>
    <message>
        <source>Create or re-activate the key in the Series.hr workspace settings.</source>
        <translation>Crie ou reative a chave nas configurações do workspace do Series.hr.</translation>
    </message>
    <message>
        <source>WESK RankBot answered HTTP %1 without an error description.</source>
        <translation>O WESK RankBot respondeu HTTP %1 sem descrição do erro.</translation>
    </message>
    <message>
        <source>Check the WESK RankBot API key.</source>
        <translation>Verifique a chave de API do WESK RankBot.</translation>
    </message>
    <message>
        <source>Demote needs a Pro or Max plan. On Starter, turn on &quot;Demote through set-rank&quot; in the profile.</source>
        <translation>Rebaixar exige um plano Pro ou Max. No Starter, ative &quot;Rebaixar por definir rank&quot; no perfil.</translation>
    </message>
    <message>
        <source>The key is not authorized for this group or action.</source>
        <translation>A chave não está autorizada para este grupo ou ação.</translation>
    </message>
    <message>
        <source>The plan&apos;s monthly request quota is used up. %1</source>
        <translation>A cota mensal de solicitações do plano acabou. %1</translation>
    </message>
    <message>
        <source>Roblox&apos;s API failed behind WESK RankBot; try again later.</source>
        <translation>A API do Roblox por trás do WESK RankBot falhou; tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Falha na autenticação</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permissão negada</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflito</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Limite de taxa atingido</translation>
    </message>
    <message>
        <source>Quota exhausted</source>
        <translation>Cota esgotada</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>Serviço indisponível</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Erro de rede</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erro inesperado</translation>
    </message>
    <message>
        <source>Check that the API key is correct, enabled and not expired.</source>
        <translation>Verifique se a chave de API está correta, ativada e não expirou.</translation>
    </message>
    <message>
        <source>Give the key the needed scopes (group:read, group:write) and make sure its owner ranks above the member and the target role.</source>
        <translation>Dê à chave as permissões necessárias (group:read, group:write) e confirme que o dono dela está acima do membro e do cargo de destino.</translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation>Aguarde um momento e tente novamente.</translation>
    </message>
    <message>
        <source>Check the connection and the base URL, then try again.</source>
        <translation>Verifique a conexão e a URL base e tente novamente.</translation>
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
            <numerusform> Tente novamente em %n segundo.</numerusform>
            <numerusform> Tente novamente em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection closed before the answer came; the request may have been carried out.</source>
        <translation>A conexão foi fechada antes de a resposta chegar; a solicitação pode ter sido executada.</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>Erro de banco de dados</translation>
    </message>
    <message>
        <source>The server&apos;s answer was longer than %1 MB, more than Rankdesk reads for one request, so reading it was stopped.</source>
        <translation>A resposta do servidor tinha mais de %1 MB, mais do que o Rankdesk lê para uma solicitação, então a leitura foi interrompida.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be used: %1</source>
        <translation>Não foi possível usar a resposta do servidor: %1</translation>
    </message>
    <message>
        <source>Check that the profile&apos;s base URL points at the provider; if it does, the provider answered wrongly, so try again later.</source>
        <translation>Verifique se a URL base do perfil aponta para o provedor; se apontar, o provedor respondeu de forma errada, então tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>ela não é um objeto JSON.</translation>
    </message>
    <message>
        <source>the member count of %1 is %2, not a whole number from 0 to %3.</source>
        <translation>o número de membros informado para %1 é %2, não um número inteiro de 0 a %3.</translation>
    </message>
    <message>
        <source>its %1 is %2 characters long (at most %3 are expected).</source>
        <translation>o campo %1 dela tem %2 caracteres (no máximo %3 são esperados).</translation>
    </message>
    <message>
        <source>its %1 is not a string.</source>
        <translation>o campo %1 dela não é uma string.</translation>
    </message>
    <message>
        <source>Not sent: the batch was paused, cancelled or taken over before this request&apos;s turn came.</source>
        <translation>Não enviado: o lote foi pausado, cancelado ou assumido por outro programa antes de chegar a vez desta solicitação.</translation>
    </message>
</context>
<context>
    <name>AuditLogReader</name>
    <message>
        <source>Reading the audit log needs an Open Cloud key with the legacy-group:manage scope, owned by someone allowed to view the group&apos;s audit log.</source>
        <translation>Ler o log de auditoria exige uma chave do Open Cloud com a permissão legacy-group:manage, cujo dono possa ver o log de auditoria do grupo.</translation>
    </message>
    <message>
        <source>an audit-log page lists %1 entries where at most %2 were asked for.</source>
        <translation>uma página do log de auditoria traz %1 entradas quando no máximo %2 foram pedidas.</translation>
    </message>
    <message numerus="yes">
        <source>the audit log did not end within %n page(s).</source>
        <translation>
            <numerusform>o log de auditoria não terminou em %n página.</numerusform>
            <numerusform>o log de auditoria não terminou em %n páginas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the audit log came back to a page it had already given (after %n page(s)), so it would never end.</source>
        <translation>
            <numerusform>o log de auditoria voltou a uma página que já tinha entregado (após %n página), então nunca terminaria.</numerusform>
            <numerusform>o log de auditoria voltou a uma página que já tinha entregado (após %n páginas), então nunca terminaria.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <source>Batch %1 is already %2.</source>
        <translation>O lote %1 já está %2.</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Pausado: %1</translation>
    </message>
    <message>
        <source>Paused by the user.</source>
        <translation>Pausado pelo usuário.</translation>
    </message>
    <message>
        <source>No longer a member of the group.</source>
        <translation>Não é mais membro do grupo.</translation>
    </message>
    <message>
        <source>Conflict: the member&apos;s role changed to %1 since the plan (expected %2).</source>
        <translation>Conflito: o cargo do membro mudou para %1 desde o plano (esperado: %2).</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>Desistiu após %n tentativa: %1</numerusform>
            <numerusform>Desistiu após %n tentativas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Cancelado antes de ser enviado.</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Cancelado pelo usuário.</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 skipped.</source>
        <translation>%1 concluídos, %2 com falha, %3 ignorados.</translation>
    </message>
    <message>
        <source>Paused: %1 Nothing more is sent until the history database can record again; resume then, and changes whose outcome was not recorded are checked first.</source>
        <translation>Pausado: %1 Nada mais é enviado até que o banco de dados do histórico possa registrar de novo; retome então, e as alterações cujo resultado não foi registrado são conferidas primeiro.</translation>
    </message>
    <message>
        <source>Paused from another program.</source>
        <translation>Pausado por outro programa.</translation>
    </message>
    <message>
        <source>Cancelled; the earlier request had not changed the member.</source>
        <translation>Cancelado; a solicitação anterior não tinha alterado o membro.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were sent but their answer was lost; resume to check them.</source>
        <translation>
            <numerusform>%n alteração foi enviada, mas a resposta se perdeu; retome para conferi-la.</numerusform>
            <numerusform>%n alterações foram enviadas, mas a resposta se perdeu; retome para conferi-las.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already had the role %1; nothing was sent.</source>
        <translation>Já tinha o cargo %1; nada foi enviado.</translation>
    </message>
    <message numerus="yes">
        <source>The cancel waits for %n change(s) that were sent and whose answer was lost: resume to check them (nothing new is sent), then it completes.</source>
        <translation>
            <numerusform>O cancelamento aguarda %n alteração que foi enviada e cuja resposta se perdeu: retome para conferi-la (nada novo é enviado) e então ele é concluído.</numerusform>
            <numerusform>O cancelamento aguarda %n alterações que foram enviadas e cuja resposta se perdeu: retome para conferi-las (nada novo é enviado) e então ele é concluído.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchService</name>
    <message>
        <source>Open the batch&apos;s group to run it.</source>
        <translation>Abra o grupo do lote para executá-lo.</translation>
    </message>
    <message>
        <source>A batch is running; wait for it, or pause or cancel it first.</source>
        <translation>Há um lote em andamento; aguarde, ou pause ou cancele-o primeiro.</translation>
    </message>
    <message>
        <source>Batch %1 is already %2.</source>
        <translation>O lote %1 já está %2.</translation>
    </message>
    <message>
        <source>a cancel</source>
        <translation>um cancelamento</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Cancelado antes de ser enviado.</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Cancelado pelo usuário.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The cancel waits for %n change(s) that were sent and whose answer was lost: resume to check them (nothing new is sent), then it completes.</source>
        <translation>
            <numerusform>O cancelamento aguarda %n alteração que foi enviada e cuja resposta se perdeu: retome para conferi-la (nada novo é enviado) e então ele é concluído.</numerusform>
            <numerusform>O cancelamento aguarda %n alterações que foram enviadas e cuja resposta se perdeu: retome para conferi-las (nada novo é enviado) e então ele é concluído.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchStore</name>
    <message>
        <source>Could not store the batch</source>
        <translation>Não foi possível salvar o lote</translation>
    </message>
    <message>
        <source>Could not read the batch</source>
        <translation>Não foi possível ler o lote</translation>
    </message>
    <message>
        <source>There is no batch %1.</source>
        <translation>Não existe o lote %1.</translation>
    </message>
    <message>
        <source>Could not read the batches</source>
        <translation>Não foi possível ler os lotes</translation>
    </message>
    <message>
        <source>Could not read the batch&apos;s items</source>
        <translation>Não foi possível ler os itens do lote</translation>
    </message>
    <message>
        <source>Could not count the batch&apos;s items</source>
        <translation>Não foi possível contar os itens do lote</translation>
    </message>
    <message>
        <source>Could not record the item&apos;s state</source>
        <translation>Não foi possível registrar o estado do item</translation>
    </message>
    <message>
        <source>Could not record the batch&apos;s state</source>
        <translation>Não foi possível registrar o estado do lote</translation>
    </message>
    <message>
        <source>Could not claim the batch</source>
        <translation>Não foi possível reservar o lote</translation>
    </message>
    <message>
        <source>Could not renew the claim on the batch</source>
        <translation>Não foi possível renovar a reserva do lote</translation>
    </message>
    <message>
        <source>Batch %1 is no longer run by this program (its claim expired and was taken or released).</source>
        <translation>O lote %1 não é mais executado por este programa (a reserva expirou e foi assumida ou liberada).</translation>
    </message>
    <message>
        <source>Batch %1 is being run by %2 since %3.</source>
        <translation>O lote %1 está sendo executado por %2 desde %3.</translation>
    </message>
    <message>
        <source>Only one program runs a batch at a time. Pause or cancel it from there (or here: jobs cancel); it can be taken over if that program stops answering (after %1).</source>
        <translation>Só um programa executa um lote por vez. Pause ou cancele-o por lá (ou aqui: jobs cancel); ele pode ser assumido se aquele programa parar de responder (após %1).</translation>
    </message>
    <message>
        <source>Could not ask the batch&apos;s runner to stop</source>
        <translation>Não foi possível pedir ao programa que executa o lote que pare</translation>
    </message>
    <message>
        <source>Could not record the change before sending it</source>
        <translation>Não foi possível registrar a alteração antes de enviá-la</translation>
    </message>
    <message>
        <source>Could not record the outcome of the change</source>
        <translation>Não foi possível registrar o resultado da alteração</translation>
    </message>
    <message>
        <source>Could not record the cancelled items</source>
        <translation>Não foi possível registrar os itens cancelados</translation>
    </message>
    <message>
        <source>Batch %1 is changing hands; try again in a moment.</source>
        <translation>O lote %1 está trocando de mãos; tente novamente em instantes.</translation>
    </message>
    <message>
        <source>Could not record the cancel</source>
        <translation>Não foi possível registrar o cancelamento</translation>
    </message>
    <message>
        <source>Could not read the item&apos;s state</source>
        <translation>Não foi possível ler o estado do item</translation>
    </message>
    <message>
        <source>Batch %1 is no longer run by this program; it was not cancelled here.</source>
        <translation>O lote %1 não é mais executado por este programa; ele não foi cancelado aqui.</translation>
    </message>
</context>
<context>
    <name>BulkPlanDialog</name>
    <message>
        <source>Apply even to members whose role changed since this plan</source>
        <translation>Aplicar também a membros cujo cargo mudou desde este plano</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plano: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %Ln member(s) change, %2 stay as they are.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln membro muda, %2 ficam como estão.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln membros mudam, %2 ficam como estão.</numerusform>
        </translation>
    </message>
    <message>
        <source>Target role</source>
        <translation>Cargo de destino</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <source>%1 (rank %2)</source>
        <translation>%1 (rank %2)</translation>
    </message>
    <message>
        <source>Not changing:</source>
        <translation>Não mudam:</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Optional, kept in the history</source>
        <translation>Opcional, fica salvo no histórico</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Normally such members are skipped as conflicts, so a change made by someone else is not overwritten.</source>
        <translation>Normalmente esses membros são ignorados como conflitos, para não sobrescrever uma alteração feita por outra pessoa.</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Digite %1 para confirmar</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirmar:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %Ln member(s)</source>
        <translation>
            <numerusform>&amp;Aplicar a %Ln membro</numerusform>
            <numerusform>&amp;Aplicar a %Ln membros</numerusform>
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
        <translation>Experimente &apos;rankdesk-cli --help&apos;.</translation>
    </message>
    <message>
        <source>roles | members | promote | demote | set-rank | history</source>
        <translation>roles | members | promote | demote | set-rank | history</translation>
    </message>
    <message>
        <source>One base URL for every Roblox host (the simulator).</source>
        <translation>Uma URL base para todos os hosts do Roblox (o simulador).</translation>
    </message>
    <message>
        <source>Open Cloud base URL.</source>
        <translation>URL base do Open Cloud.</translation>
    </message>
    <message>
        <source>Groups API base URL.</source>
        <translation>URL base da API de grupos.</translation>
    </message>
    <message>
        <source>Users API base URL.</source>
        <translation>URL base da API de usuários.</translation>
    </message>
    <message>
        <source>Group id (or RANKDESK_GROUP).</source>
        <translation>Id do grupo (ou RANKDESK_GROUP).</translation>
    </message>
    <message>
        <source>opencloud (default) or public.</source>
        <translation>opencloud (padrão) ou public.</translation>
    </message>
    <message>
        <source>opencloud (default), hyra, series or wesk.</source>
        <translation>opencloud (padrão), hyra, series ou wesk.</translation>
    </message>
    <message>
        <source>Base URL of the hosted writer (default: its public API).</source>
        <translation>URL base do serviço de escrita hospedado (padrão: sua API pública).</translation>
    </message>
    <message>
        <source>WESK: demote through setRank (for Starter plans).</source>
        <translation>WESK: rebaixar por setRank (para planos Starter).</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>Saída JSON legível por máquina.</translation>
    </message>
    <message>
        <source>History database file.</source>
        <translation>Arquivo do banco de dados do histórico.</translation>
    </message>
    <message>
        <source>A shared PostgreSQL history: HOST[:PORT]/DATABASE (password from RANKDESK_PG_PASSWORD).</source>
        <translation>Um histórico compartilhado no PostgreSQL: HOST[:PORTA]/BANCO (senha de RANKDESK_PG_PASSWORD).</translation>
    </message>
    <message>
        <source>PostgreSQL user (default: your login name).</source>
        <translation>Usuário do PostgreSQL (padrão: seu nome de login).</translation>
    </message>
    <message>
        <source>Reason stored with the change.</source>
        <translation>Motivo salvo com a alteração.</translation>
    </message>
    <message>
        <source>members: text to match.</source>
        <translation>members: texto a procurar.</translation>
    </message>
    <message>
        <source>members: only this role (rank, name or id).</source>
        <translation>members: só este cargo (rank, nome ou id).</translation>
    </message>
    <message>
        <source>history: only this user id.</source>
        <translation>history: só este id de usuário.</translation>
    </message>
    <message>
        <source>history: number of rows.</source>
        <translation>history: número de linhas.</translation>
    </message>
    <message>
        <source>bulk: a file of user ids or usernames, one a line.</source>
        <translation>bulk: um arquivo de ids ou nomes de usuário, um por linha.</translation>
    </message>
    <message>
        <source>bulk: every member of the group.</source>
        <translation>bulk: todos os membros do grupo.</translation>
    </message>
    <message>
        <source>bulk: apply without asking.</source>
        <translation>bulk: aplicar sem perguntar.</translation>
    </message>
    <message>
        <source>bulk: write even where the role changed since the plan.</source>
        <translation>bulk: gravar mesmo onde o cargo mudou desde o plano.</translation>
    </message>
    <message>
        <source>bulk: refuse targets at or above this rank.</source>
        <translation>bulk: recusar destinos neste rank ou acima.</translation>
    </message>
    <message>
        <source>bulk: a file of user ids bulk actions must skip.</source>
        <translation>bulk: um arquivo de ids de usuário que as ações em massa devem ignorar.</translation>
    </message>
    <message>
        <source>history: part of a username, or a user id.</source>
        <translation>history: parte de um nome de usuário, ou um id de usuário.</translation>
    </message>
    <message>
        <source>history: promote, demote or set-rank.</source>
        <translation>history: promote, demote ou set-rank.</translation>
    </message>
    <message>
        <source>history: done, failed or skipped.</source>
        <translation>history: done, failed ou skipped.</translation>
    </message>
    <message>
        <source>history: single, bulk, csv-import or revert.</source>
        <translation>history: single, bulk, csv-import ou revert.</translation>
    </message>
    <message>
        <source>history: one batch&apos;s changes.</source>
        <translation>history: as alterações de um lote.</translation>
    </message>
    <message>
        <source>history: from this date (YYYY-MM-DD, UTC).</source>
        <translation>history: a partir desta data (AAAA-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>history: until this date, inclusive (YYYY-MM-DD, UTC).</source>
        <translation>history: até esta data, inclusive (AAAA-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>Log every request and step to stderr as well as the log file.</source>
        <translation>Registrar cada solicitação e cada passo no stderr e no arquivo de log.</translation>
    </message>
    <message>
        <source>import: check every row and change nothing (the default).</source>
        <translation>import: conferir cada linha sem alterar nada (o padrão).</translation>
    </message>
    <message>
        <source>import: apply the valid rows as one stored, resumable batch.</source>
        <translation>import: aplicar as linhas válidas como um lote salvo e retomável.</translation>
    </message>
    <message>
        <source>import: columns, e.g. user=2,target=Rank,reason=3 (number or header).</source>
        <translation>import: colunas, p. ex. user=2,target=Rank,reason=3 (número ou cabeçalho).</translation>
    </message>
    <message>
        <source>import: comma, semicolon, tab or pipe (default: detected).</source>
        <translation>import: comma, semicolon, tab ou pipe (padrão: detectado).</translation>
    </message>
    <message>
        <source>import: apply the valid rows even when others are invalid.</source>
        <translation>import: aplicar as linhas válidas mesmo que outras sejam inválidas.</translation>
    </message>
    <message>
        <source>import: write the checked plan to FILE (.csv or .json).</source>
        <translation>import: gravar o plano conferido em ARQUIVO (.csv ou .json).</translation>
    </message>
    <message>
        <source>Multiply the documented rate limits (a simulator with the same --rate-scale).</source>
        <translation>Multiplicar os limites de taxa documentados (um simulador com o mesmo --rate-scale).</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>nenhum comando informado</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--reader must be opencloud or public</source>
        <translation>--reader deve ser opencloud ou public</translation>
    </message>
    <message>
        <source>--writer must be opencloud, hyra, series or wesk</source>
        <translation>--writer deve ser opencloud, hyra, series ou wesk</translation>
    </message>
    <message>
        <source>--outcome must be done, failed or skipped</source>
        <translation>--outcome deve ser done, failed ou skipped</translation>
    </message>
    <message>
        <source>--%1 takes a date like 2026-11-23</source>
        <translation>--%1 espera uma data como 2026-11-23</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to %1.</source>
        <translation>
            <numerusform>%n alteração gravada em %1.</numerusform>
            <numerusform>%n alterações gravadas em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>no group: pass --group ID or set RANKDESK_GROUP</source>
        <translation>nenhum grupo: informe --group ID ou defina RANKDESK_GROUP</translation>
    </message>
    <message>
        <source>no API key: set RANKDESK_API_KEY (or use --reader public for read-only commands)</source>
        <translation>nenhuma chave de API: defina RANKDESK_API_KEY (ou use --reader public para comandos só de leitura)</translation>
    </message>
    <message>
        <source>no %1 key: set %2</source>
        <translation>nenhuma chave do %1: defina %2</translation>
    </message>
    <message>
        <source>audit-import needs an Open Cloud key with legacy-group:manage in RANKDESK_API_KEY</source>
        <translation>audit-import precisa de uma chave do Open Cloud com legacy-group:manage em RANKDESK_API_KEY</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the audit log added to the history</source>
        <translation>
            <numerusform>%n alteração do log de auditoria adicionada ao histórico</numerusform>
            <numerusform>%n alterações do log de auditoria adicionadas ao histórico</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n made by Rankdesk, already there).</source>
        <translation>
            <numerusform> (%n feita pelo Rankdesk, já estava lá).</numerusform>
            <numerusform> (%n feitas pelo Rankdesk, já estavam lá).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Role ID</source>
        <translation>Id do cargo</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Id de usuário</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nome de exibição</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Membro desde</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membro</numerusform>
            <numerusform>%n membros</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs a USER (user id or username)</source>
        <translation>%1 precisa de um USER (id ou nome de usuário)</translation>
    </message>
    <message>
        <source>set-rank needs a RANK (rank number, role name or role id)</source>
        <translation>set-rank precisa de um RANK (número de rank, nome de cargo ou id de cargo)</translation>
    </message>
    <message>
        <source>%1 (%2): %3 (rank %4) -&gt; %5 (rank %6)</source>
        <translation>%1 (%2): %3 (rank %4) -&gt; %5 (rank %6)</translation>
    </message>
    <message>
        <source>bulk needs promote, demote or set-rank</source>
        <translation>bulk precisa de promote, demote ou set-rank</translation>
    </message>
    <message>
        <source>bulk set-rank needs a RANK (rank number, role name or role id)</source>
        <translation>bulk set-rank precisa de um RANK (número de rank, nome de cargo ou id de cargo)</translation>
    </message>
    <message>
        <source>bulk needs exactly one of --role R, --users FILE or --all</source>
        <translation>bulk precisa de exatamente um entre --role R, --users ARQUIVO ou --all</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>rankdesk-cli: line %1: %2 is not a member of the group; left out</source>
        <translation>rankdesk-cli: linha %1: %2 não é membro do grupo; deixado de fora</translation>
    </message>
    <message>
        <source>%1 of %2 selected member(s) would change:</source>
        <translation>%1 de %2 membros selecionados mudariam:</translation>
    </message>
    <message>
        <source>  -&gt; %1 (rank %2): %3</source>
        <translation>  -&gt; %1 (rank %2): %3</translation>
    </message>
    <message>
        <source>  unchanged (%1): %2</source>
        <translation>  sem alteração (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>bulk changes %n member(s); add --yes to apply them without a terminal</source>
        <translation>
            <numerusform>bulk altera %n membro; adicione --yes para aplicar sem terminal</numerusform>
            <numerusform>bulk altera %n membros; adicione --yes para aplicar sem terminal</numerusform>
        </translation>
    </message>
    <message>
        <source>Type %1 to apply these changes: </source>
        <translation>Digite %1 para aplicar estas alterações: </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nada foi alterado.</translation>
    </message>
    <message>
        <source>Batch %1 stored; sending.</source>
        <translation>Lote %1 salvo; enviando.</translation>
    </message>
    <message>
        <source>import needs a FILE</source>
        <translation>import precisa de um ARQUIVO</translation>
    </message>
    <message>
        <source>import takes --dry-run or --apply, not both</source>
        <translation>import aceita --dry-run ou --apply, não ambos</translation>
    </message>
    <message>
        <source>--delimiter must be comma, semicolon, tab or pipe</source>
        <translation>--delimiter deve ser comma, semicolon, tab ou pipe</translation>
    </message>
    <message>
        <source>cannot tell which columns hold the member and the target; pass --map user=COLUMN,target=COLUMN</source>
        <translation>não dá para saber quais colunas têm o membro e o destino; informe --map user=COLUNA,target=COLUNA</translation>
    </message>
    <message>
        <source><byte value="xd"/>Reading: %1%</source>
        <translation><byte value="xd"/>Lendo: %1%</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3-separated, %n data row(s).</source>
        <translation>
            <numerusform>%1: %2, separado por %3, %n linha de dados.</numerusform>
            <numerusform>%1: %2, separado por %3, %n linhas de dados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) were not valid UTF-8 and were read as Windows-1252.</source>
        <translation>
            <numerusform>%n linha não era UTF-8 válido e foi lida como Windows-1252.</numerusform>
            <numerusform>%n linhas não eram UTF-8 válido e foram lidas como Windows-1252.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Change or reason</source>
        <translation>Alteração ou motivo</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed. Apply with --apply.</source>
        <translation>Simulação: nada foi alterado. Aplique com --apply.</translation>
    </message>
    <message numerus="yes">
        <source>rankdesk-cli: nothing was applied: %n row(s) are invalid or conflict. Fix them, or pass --skip-invalid to apply only the valid rows.</source>
        <translation>
            <numerusform>rankdesk-cli: nada foi aplicado: %n linha é inválida ou está em conflito. Corrija-a, ou use --skip-invalid para aplicar só as linhas válidas.</numerusform>
            <numerusform>rankdesk-cli: nada foi aplicado: %n linhas são inválidas ou estão em conflito. Corrija-as, ou use --skip-invalid para aplicar só as linhas válidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to apply: no row changes anything.</source>
        <translation>Nada a aplicar: nenhuma linha altera algo.</translation>
    </message>
    <message>
        <source><byte value="xd"/>%1/%2 done, %3 failed, %4 skipped, %5/min, ETA %6 s   </source>
        <translation><byte value="xd"/>%1/%2 concluídos, %3 com falha, %4 ignorados, %5/min, faltam %6 s   </translation>
    </message>
    <message>
        <source>Batch %1: %2 done, %3 failed, %4 skipped, %5 pending.</source>
        <translation>Lote %1: %2 concluídos, %3 com falha, %4 ignorados, %5 pendentes.</translation>
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
        <translation>Criado (UTC)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluídos</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorados</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendentes</translation>
    </message>
    <message>
        <source>jobs %1 needs a batch id (see: rankdesk-cli jobs list)</source>
        <translation>jobs %1 precisa de um id de lote (veja: rankdesk-cli jobs list)</translation>
    </message>
    <message>
        <source>jobs export needs a batch id and a FILE</source>
        <translation>jobs export precisa de um id de lote e um ARQUIVO</translation>
    </message>
    <message>
        <source>Results of batch %1 written to %2.</source>
        <translation>Resultados do lote %1 gravados em %2.</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 cancelled; %n item(s) were not sent.</source>
        <translation>
            <numerusform>Lote %1 cancelado; %n item não foi enviado.</numerusform>
            <numerusform>Lote %1 cancelado; %n itens não foram enviados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hyra: the key&apos;s workspace id (for check).</source>
        <translation>Hyra: o id do workspace da chave (para check).</translation>
    </message>
    <message>
        <source>A profile saved in Rankdesk (its name or id): group, providers, base URLs and keys. Other options override it.</source>
        <translation>Um perfil salvo no Rankdesk (nome ou id): grupo, provedores, URLs base e chaves. As outras opções o substituem.</translation>
    </message>
    <message>
        <source>the Sandbox lives inside the rankdesk window; for the command line, start rankdesk-sim and pass --base-url</source>
        <translation>o Sandbox vive dentro da janela do rankdesk; para a linha de comando, inicie o rankdesk-sim e informe --base-url</translation>
    </message>
    <message>
        <source>no saved profile &apos;%1&apos;; there are none yet (File → Profiles… in rankdesk)</source>
        <translation>nenhum perfil salvo &apos;%1&apos;; ainda não há nenhum (Arquivo → Perfis… no rankdesk)</translation>
    </message>
    <message>
        <source>no saved profile &apos;%1&apos;; saved: %2</source>
        <translation>nenhum perfil salvo &apos;%1&apos;; salvos: %2</translation>
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
        <translation>Altere os ranks dos membros de um grupo do Roblox pela linha de comando.

Comandos:
  roles                     lista os cargos do grupo
  members [--filter TEXTO]  lista membros (filtra por nome, nome de exibição ou id; --role R)
  promote USER              sobe um membro um rank atribuível
  demote USER               desce um membro um rank atribuível
  set-rank USER RANK        RANK é um número de rank, um nome de cargo ou um id de cargo
  history                   alterações de rank, mais recentes primeiro: --user ID, --member TEXTO,
                            --role ID, --action, --outcome, --source, --batch, --from/--to DATA,
                            --limit; --export ARQUIVO grava cada linha encontrada (.csv ou .json)
  check                     testa a chave do serviço de escrita com uma chamada inofensiva
  bulk promote|demote|set-rank [RANK] (--role R | --users ARQUIVO | --all) [--yes]
                            altera muitos membros em um lote salvo e retomável
  jobs list | resume ID | retry ID | pause ID | cancel ID | export ID ARQUIVO
                            lotes: conclui um, tenta de novo seus itens com falha, pausa ou
                            cancela um (também um que outro programa executa: ele para antes da
                            próxima solicitação)
  audit-import              traz para o histórico as alterações de rank do grupo a partir do log
                            de auditoria do Roblox (uma chave do Open Cloud com legacy-group:manage)
  import ARQUIVO [--dry-run | --apply] [--map user=COL,target=COL,reason=COL]
                            alterações de rank de um arquivo CSV (Excel, LibreOffice, Google Sheets);
                            uma simulação (o padrão) confere cada linha com a lista atual de membros

USER é um id de usuário ou um nome de usuário. As chaves são lidas do ambiente, nunca da
linha de comando (o ps as mostraria): RANKDESK_API_KEY (Open Cloud), RANKDESK_HYRA_KEY,
RANKDESK_SERIES_KEY, RANKDESK_WESK_KEY para --writer hyra|series|wesk.

Códigos de saída: 0 concluído, 1 falha (inclusive do banco de dados do histórico), 2 uso,
3 recusado, 4 autenticação ou permissão, 5 não encontrado, 6 limite de taxa ou inacessível,
7 o lote está sendo executado (ou foi pausado) por outro programa.</translation>
    </message>
    <message>
        <source>--group (or RANKDESK_GROUP) takes a group id, a whole number from 1 up; &quot;%1&quot; is not one</source>
        <translation>--group (ou RANKDESK_GROUP) espera um id de grupo, um número inteiro a partir de 1; &quot;%1&quot; não é</translation>
    </message>
    <message>
        <source>--rate-scale takes a number above 0 and up to 1000; &quot;%1&quot; is not one</source>
        <translation>--rate-scale espera um número maior que 0 e até 1000; &quot;%1&quot; não é</translation>
    </message>
    <message>
        <source>--user takes a user id, a whole number from 1 up; &quot;%1&quot; is not one</source>
        <translation>--user espera um id de usuário, um número inteiro a partir de 1; &quot;%1&quot; não é</translation>
    </message>
    <message>
        <source>--limit takes a number of rows from 1 to 1000000; &quot;%1&quot; is not one</source>
        <translation>--limit espera um número de linhas de 1 a 1000000; &quot;%1&quot; não é</translation>
    </message>
    <message>
        <source>--ceiling takes a rank from 1 to 255; &quot;%1&quot; is not one</source>
        <translation>--ceiling espera um rank de 1 a 255; &quot;%1&quot; não é</translation>
    </message>
    <message>
        <source>--protected: line %1 of %2 is not a user id: &quot;%3&quot;</source>
        <translation>--protected: a linha %1 de %2 não é um id de usuário: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>rankdesk-cli: %1 Resume with: %2</source>
        <translation>rankdesk-cli: %1 Retome com: %2</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Executado por</translation>
    </message>
    <message>
        <source>Batch %1 is not being run by any program.</source>
        <translation>O lote %1 não está sendo executado por nenhum programa.</translation>
    </message>
    <message>
        <source>Asked the program running batch %1 to pause before its next request.</source>
        <translation>Foi pedido ao programa que executa o lote %1 que pause antes da próxima solicitação.</translation>
    </message>
    <message>
        <source>Batch %1 is being run by %2: asked it to cancel before its next request.</source>
        <translation>O lote %1 está sendo executado por %2: foi pedido que cancele antes da próxima solicitação.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>outro programa</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) had been sent before and their answer was lost; check those members.</source>
        <translation>
            <numerusform>%n item já tinha sido enviado e a resposta se perdeu; verifique esse membro.</numerusform>
            <numerusform>%n itens já tinham sido enviados e a resposta se perdeu; verifique esses membros.</numerusform>
        </translation>
    </message>
    <message>
        <source>jobs takes list, resume ID, retry ID, pause ID, cancel ID or export ID FILE</source>
        <translation>jobs aceita list, resume ID, retry ID, pause ID, cancel ID ou export ID ARQUIVO</translation>
    </message>
    <message numerus="yes">
        <source> %n sent, outcome not recorded yet (checked first on resume).</source>
        <translation>
            <numerusform> %n enviado, resultado ainda não registrado (verificado primeiro ao retomar).</numerusform>
            <numerusform> %n enviados, resultados ainda não registrados (verificados primeiro ao retomar).</numerusform>
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
        <translation>Promover</translation>
    </message>
    <message>
        <source>Demote</source>
        <translation>Rebaixar</translation>
    </message>
    <message>
        <source>Set the rank of</source>
        <translation>Definir o rank de</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;from &lt;b&gt;%3&lt;/b&gt; (rank %4)&lt;br&gt;to the %5 rank %6 chooses&lt;br&gt;(Rankdesk expects &lt;b&gt;%7&lt;/b&gt;, rank %8)?</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;de &lt;b&gt;%3&lt;/b&gt; (rank %4)&lt;br&gt;para o rank %5 que %6 escolher&lt;br&gt;(o Rankdesk espera &lt;b&gt;%7&lt;/b&gt;, rank %8)?</translation>
    </message>
    <message>
        <source>next</source>
        <translation>seguinte</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>anterior</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;from &lt;b&gt;%3&lt;/b&gt; (rank %4)&lt;br&gt;to &lt;b&gt;%5&lt;/b&gt; (rank %6)?</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;de &lt;b&gt;%3&lt;/b&gt; (rank %4)&lt;br&gt;para &lt;b&gt;%5&lt;/b&gt; (rank %6)?</translation>
    </message>
    <message>
        <source>Confirm rank change</source>
        <translation>Confirmar alteração de rank</translation>
    </message>
    <message>
        <source>Optional, kept in the history</source>
        <translation>Opcional, fica salvo no histórico</translation>
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
        <translation>Chave aceita</translation>
    </message>
    <message>
        <source>The key has expired. Create a new one on the Creator Dashboard.</source>
        <translation>A chave expirou. Crie uma nova no Creator Dashboard.</translation>
    </message>
    <message>
        <source>The key is disabled. Enable it on the Creator Dashboard.</source>
        <translation>A chave está desativada. Ative-a no Creator Dashboard.</translation>
    </message>
    <message>
        <source>Yes.</source>
        <translation>Sim.</translation>
    </message>
    <message>
        <source>Yes: &quot;%1&quot;.</source>
        <translation>Sim: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Reads the group</source>
        <translation>Lê o grupo</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %Ln member(s).</source>
        <translation>
            <numerusform>%1 (%2), %Ln membro.</numerusform>
            <numerusform>%1 (%2), %Ln membros.</numerusform>
        </translation>
    </message>
    <message>
        <source>May change ranks</source>
        <translation>Pode alterar ranks</translation>
    </message>
    <message>
        <source>Unknown: the key was not accepted.</source>
        <translation>Desconhecido: a chave não foi aceita.</translation>
    </message>
    <message>
        <source>The key has the group:write scope for this group.</source>
        <translation>A chave tem a permissão group:write para este grupo.</translation>
    </message>
    <message>
        <source>The key lacks the group:write scope for this group; it can only read. Add the scope on the Creator Dashboard.</source>
        <translation>Falta à chave a permissão group:write para este grupo; ela só pode ler. Adicione a permissão no Creator Dashboard.</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>There is no file %1.</source>
        <translation>Não existe o arquivo %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>O arquivo não tem linhas.</translation>
    </message>
    <message>
        <source>No row of the file could be read: %1</source>
        <translation>Nenhuma linha do arquivo pôde ser lida: %1</translation>
    </message>
    <message>
        <source>Choose the column with the members and the column with the targets.</source>
        <translation>Escolha a coluna com os membros e a coluna com os destinos.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>A importação foi cancelada.</translation>
    </message>
    <message>
        <source>Lines %1–%2 (%3 rows) were not read: one import takes at most %4 rows. Split the file.</source>
        <translation>As linhas %1–%2 (%3 linhas) não foram lidas: uma importação aceita no máximo %4 linhas. Divida o arquivo.</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>vírgula</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>ponto e vírgula</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulação</translation>
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
        <translation>Este não é um arquivo CSV nem de texto: ele contém dados binários. Exporte a planilha como CSV (Arquivo → Fazer download → CSV no Google Sheets; Salvar como → CSV no Excel ou LibreOffice).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>O arquivo está vazio.</translation>
    </message>
    <message>
        <source>Lines %1–%2 skipped: %3</source>
        <translation>Linhas %1–%2 ignoradas: %3</translation>
    </message>
    <message>
        <source>Line %1 skipped: %2</source>
        <translation>Linha %1 ignorada: %2</translation>
    </message>
    <message>
        <source>Lines %1–%2 could not be read: the quote opened on line %3 never closes.</source>
        <translation>Não foi possível ler as linhas %1–%2: as aspas abertas na linha %3 nunca se fecham.</translation>
    </message>
    <message>
        <source>a quoted cell opened on line %1 runs on for more than %2 characters (a quote that never closes?).</source>
        <translation>uma célula entre aspas aberta na linha %1 passa de %2 caracteres (aspas que nunca se fecham?).</translation>
    </message>
    <message>
        <source>the row is longer than %1 characters.</source>
        <translation>a linha tem mais de %1 caracteres.</translation>
    </message>
    <message>
        <source>Line %1 skipped: it has more than %2 columns.</source>
        <translation>Linha %1 ignorada: ela tem mais de %2 colunas.</translation>
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
        <translation>UTF-8 com BOM</translation>
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
        <translation>Não foi possível abrir o banco de dados do histórico %1</translation>
    </message>
    <message>
        <source>PostgreSQL support is not installed (Qt&apos;s QPSQL driver; on Debian: libqt6sql6-psql).</source>
        <translation>O suporte a PostgreSQL não está instalado (o driver QPSQL do Qt; no Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot open the PostgreSQL history %1 on %2:%3</source>
        <translation>Não foi possível abrir o histórico PostgreSQL %1 em %2:%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL location; write HOST[:PORT]/DATABASE, e.g. db.example.org:5432/rankdesk.</source>
        <translation>&quot;%1&quot; não é um local do PostgreSQL; escreva HOST[:PORTA]/BANCO, p. ex. db.example.org:5432/rankdesk.</translation>
    </message>
    <message>
        <source>Cannot prepare the history database</source>
        <translation>Não foi possível preparar o banco de dados do histórico</translation>
    </message>
    <message>
        <source>The history database was written by a newer Rankdesk (schema %1; this version knows up to %2). It was left untouched; update Rankdesk to open it.</source>
        <translation>O banco de dados do histórico foi gravado por um Rankdesk mais novo (esquema %1; esta versão conhece até o %2). Ele não foi alterado; atualize o Rankdesk para abri-lo.</translation>
    </message>
    <message>
        <source>Migration to schema %1 failed</source>
        <translation>A migração para o esquema %1 falhou</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>processo %1</translation>
    </message>
    <message>
        <source>process %1 (%2)</source>
        <translation>processo %1 (%2)</translation>
    </message>
    <message>
        <source>%1: the history database %2 is locked by another program.</source>
        <translation>%1: o banco de dados do histórico %2 está bloqueado por outro programa.</translation>
    </message>
    <message>
        <source>%1: the history database %2 is locked by %3.</source>
        <translation>%1: o banco de dados do histórico %2 está bloqueado pelo %3.</translation>
    </message>
    <message>
        <source>Wait until it has finished, or close it, then try again.</source>
        <translation>Aguarde até que ele termine, ou feche-o, e tente novamente.</translation>
    </message>
    <message>
        <source>%1: the history database %2 is read-only.</source>
        <translation>%1: o banco de dados do histórico %2 é somente leitura.</translation>
    </message>
    <message>
        <source>Make the file and its folder writable, or open another history (--db FILE).</source>
        <translation>Torne o arquivo e a pasta dele graváveis, ou abra outro histórico (--db ARQUIVO).</translation>
    </message>
    <message>
        <source>%1: the disk holding %2 is full.</source>
        <translation>%1: o disco que contém %2 está cheio.</translation>
    </message>
    <message>
        <source>Free some space on that disk, then try again.</source>
        <translation>Libere espaço nesse disco e tente novamente.</translation>
    </message>
    <message>
        <source>%1: the history database %2 is damaged (%3).</source>
        <translation>%1: o banco de dados do histórico %2 está danificado (%3).</translation>
    </message>
    <message>
        <source>Keep a copy of the file; recover what it holds with &quot;sqlite3 %1 .recover | sqlite3 recovered.sqlite&quot;, or move it away to start a new history.</source>
        <translation>Guarde uma cópia do arquivo; recupere o que ele contém com &quot;sqlite3 %1 .recover | sqlite3 recovered.sqlite&quot;, ou mova-o para outro lugar para começar um histórico novo.</translation>
    </message>
    <message>
        <source>%1: %2 could not be written (%3).</source>
        <translation>%1: não foi possível gravar %2 (%3).</translation>
    </message>
    <message>
        <source>Check the disk, its free space and the file&apos;s permissions.</source>
        <translation>Verifique o disco, o espaço livre e as permissões do arquivo.</translation>
    </message>
    <message>
        <source>Check the PostgreSQL user (--pg-user) and its password (RANKDESK_PG_PASSWORD, or the one saved in the keychain).</source>
        <translation>Verifique o usuário do PostgreSQL (--pg-user) e a senha dele (RANKDESK_PG_PASSWORD, ou a salva no chaveiro).</translation>
    </message>
    <message>
        <source>The PostgreSQL server accepts no writes (a read-only replica or a read-only user).</source>
        <translation>O servidor PostgreSQL não aceita gravações (uma réplica somente leitura ou um usuário somente leitura).</translation>
    </message>
    <message>
        <source>The PostgreSQL server&apos;s disk is full.</source>
        <translation>O disco do servidor PostgreSQL está cheio.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Tente novamente em instantes.</translation>
    </message>
    <message>
        <source>The PostgreSQL server reports damaged data; ask its administrator.</source>
        <translation>O servidor PostgreSQL informa dados danificados; fale com o administrador dele.</translation>
    </message>
    <message>
        <source>Cannot use the history database</source>
        <translation>Não foi possível usar o banco de dados do histórico</translation>
    </message>
    <message>
        <source>Cannot write to the history database</source>
        <translation>Não foi possível gravar no banco de dados do histórico</translation>
    </message>
    <message>
        <source>Cannot check the history database</source>
        <translation>Não foi possível verificar o banco de dados do histórico</translation>
    </message>
    <message>
        <source>The history database %1 is damaged (%2). It was left untouched.</source>
        <translation>O banco de dados do histórico %1 está danificado (%2). Ele não foi alterado.</translation>
    </message>
    <message>
        <source>%1: the PostgreSQL server cannot be reached (%2).</source>
        <translation>%1: não foi possível alcançar o servidor PostgreSQL (%2).</translation>
    </message>
    <message>
        <source>Check that the server at %1:%2 is running and reachable from this machine, then try again.</source>
        <translation>Verifique se o servidor em %1:%2 está em execução e acessível a partir desta máquina, e tente novamente.</translation>
    </message>
    <message>
        <source>Check the database name in --pg HOST[:PORT]/DATABASE, or ask the server&apos;s administrator to create it.</source>
        <translation>Verifique o nome do banco de dados em --pg HOST[:PORTA]/BANCO ou peça à administração do servidor que o crie.</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Changes per day</source>
        <translation>Alterações por dia</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Promover</translation>
    </message>
    <message>
        <source>Demote</source>
        <translation>Rebaixar</translation>
    </message>
    <message>
        <source>Set rank</source>
        <translation>Definir rank</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>wk %1</source>
        <translation>sem. %1</translation>
    </message>
    <message>
        <source>No changes match the filter.</source>
        <translation>Nenhuma alteração corresponde ao filtro.</translation>
    </message>
    <message>
        <source>Changes per week</source>
        <translation>Alterações por semana</translation>
    </message>
    <message>
        <source>Changes per day (UTC)</source>
        <translation>Alterações por dia (UTC)</translation>
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
        <translation>Não foi possível gravar %1: %2</translation>
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
        <translation>Alteração individual</translation>
    </message>
    <message>
        <source>Bulk</source>
        <translation>Em massa</translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation>Importação CSV</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Reversão</translation>
    </message>
    <message>
        <source>Outside Rankdesk</source>
        <translation>Fora do Rankdesk</translation>
    </message>
    <message>
        <source>Roblox audit log</source>
        <translation>Log de auditoria do Roblox</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Promover</translation>
    </message>
    <message>
        <source>Demote</source>
        <translation>Rebaixar</translation>
    </message>
    <message>
        <source>Set rank</source>
        <translation>Definir rank</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Error / reason</source>
        <translation>Erro / motivo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Could not record the change in the history</source>
        <translation>Não foi possível registrar a alteração no histórico</translation>
    </message>
    <message>
        <source>Could not read the history</source>
        <translation>Não foi possível ler o histórico</translation>
    </message>
    <message>
        <source>Could not count the history</source>
        <translation>Não foi possível contar o histórico</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Até</translation>
    </message>
    <message>
        <source>All &amp;groups</source>
        <translation>Todos os &amp;grupos</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Revert selected…</source>
        <translation>&amp;Reverter selecionadas…</translation>
    </message>
    <message>
        <source>Revert &amp;all shown…</source>
        <translation>Reverter &amp;todas as exibidas…</translation>
    </message>
    <message>
        <source>Import Roblox &amp;audit log</source>
        <translation>Importar o log de &amp;auditoria do Roblox</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Data inicial</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Data final</translation>
    </message>
    <message>
        <source>Bring the group&apos;s rank changes from Roblox&apos;s audit log into this history (an Open Cloud key with legacy-group:manage).</source>
        <translation>Traz para este histórico as alterações de rank do grupo a partir do log de auditoria do Roblox (uma chave do Open Cloud com legacy-group:manage).</translation>
    </message>
    <message>
        <source>Name or user ID</source>
        <translation>Nome ou id de usuário</translation>
    </message>
    <message>
        <source>Batch ID</source>
        <translation>Id do lote</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Qualquer ação</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Promover</translation>
    </message>
    <message>
        <source>Demote</source>
        <translation>Rebaixar</translation>
    </message>
    <message>
        <source>Set rank</source>
        <translation>Definir rank</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Qualquer resultado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Qualquer origem</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Qualquer cargo</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Membro:</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Lote:</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>&amp;Alterações</translation>
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
        <translation>Histórico de %1</translation>
    </message>
    <message>
        <source>History of batch %1</source>
        <translation>Histórico do lote %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching change(s)</source>
        <translation>
            <numerusform>%Ln alteração correspondente</numerusform>
            <numerusform>%Ln alterações correspondentes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 concluídas</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 com falha</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 ignoradas</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Undo every change shown: filter by a batch (or a member) first.</source>
        <translation>Desfazer todas as alterações exibidas: filtre antes por um lote (ou um membro).</translation>
    </message>
    <message>
        <source>Select a change to see all it recorded.</source>
        <translation>Selecione uma alteração para ver tudo o que ela registrou.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes selected.</source>
        <translation>
            <numerusform>%n alteração selecionada.</numerusform>
            <numerusform>%n alterações selecionadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (rank %2)</source>
        <translation>%1 (rank %2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>%1 (user ID %2)</source>
        <translation>%1 (id de usuário %2)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
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
        <translation>Através de</translation>
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
        <translation>Exportar histórico</translation>
    </message>
    <message>
        <source>history.csv</source>
        <translation>historico.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>A exportação falhou</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) written to %1</source>
        <translation>
            <numerusform>%Ln alteração gravada em %1</numerusform>
            <numerusform>%Ln alterações gravadas em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>alteração %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n alteração</numerusform>
            <numerusform>%n alterações</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Reverter</translation>
    </message>
    <message>
        <source>More than %1 changes are shown; narrow the filter first.</source>
        <translation>Mais de %1 alterações são exibidas; restrinja o filtro antes.</translation>
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
        <translation>O Hyra só consegue testar uma chave pelo workspace dela: informe o id do workspace no perfil. Senão, a primeira alteração de rank dirá.</translation>
    </message>
    <message numerus="yes">
        <source>Workspace %1 answers; %n group role(s) linked.</source>
        <translation>
            <numerusform>O workspace %1 responde; %n cargo do grupo vinculado.</numerusform>
            <numerusform>O workspace %1 responde; %n cargos do grupo vinculados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportApplyPage</name>
    <message>
        <source>Dry run or apply</source>
        <translation>Simular ou aplicar</translation>
    </message>
    <message>
        <source>&amp;Dry run: change nothing (the plan can be exported on the previous page)</source>
        <translation>&amp;Simulação: não alterar nada (o plano pode ser exportado na página anterior)</translation>
    </message>
    <message>
        <source>Write even where a member&apos;s role changed since this check</source>
        <translation>Gravar mesmo onde o cargo de um membro mudou desde esta conferência</translation>
    </message>
    <message>
        <source>Type the number of changes to confirm</source>
        <translation>Digite o número de alterações para confirmar</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Concluir</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) can be applied as one stored, resumable batch; </source>
        <translation>
            <numerusform>%n alteração pode ser aplicada como um lote salvo e retomável; </numerusform>
            <numerusform>%n alterações podem ser aplicadas como um lote salvo e retomável; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are left out (invalid, conflicting, duplicate or already there).</source>
        <translation>
            <numerusform>%n linha fica de fora (inválida, em conflito, duplicada ou já aplicada).</numerusform>
            <numerusform>%n linhas ficam de fora (inválidas, em conflito, duplicadas ou já aplicadas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n change(s) now</source>
        <translation>
            <numerusform>&amp;Aplicar %n alteração agora</numerusform>
            <numerusform>&amp;Aplicar %n alterações agora</numerusform>
        </translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Digite %1 para confirmar:</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <source>Check every row</source>
        <translation>Conferir cada linha</translation>
    </message>
    <message>
        <source>Each row against the live roster and your guard rails. Nothing has been changed.</source>
        <translation>Cada linha contra a lista atual de membros e suas proteções. Nada foi alterado.</translation>
    </message>
    <message>
        <source>&amp;Cancel reading</source>
        <translation>&amp;Cancelar a leitura</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation>Mostrar linhas</translation>
    </message>
    <message>
        <source>&amp;Export plan…</source>
        <translation>&amp;Exportar o plano…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lendo %1…</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s) against the roster…</source>
        <translation>
            <numerusform>Conferindo %n linha com a lista de membros…</numerusform>
            <numerusform>Conferindo %n linhas com a lista de membros…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading was cancelled. Nothing was checked or changed.</source>
        <translation>A leitura foi cancelada. Nada foi conferido nem alterado.</translation>
    </message>
    <message>
        <source>The rows could not be checked: %1</source>
        <translation>Não foi possível conferir as linhas: %1</translation>
    </message>
    <message>
        <source>All rows (%1)</source>
        <translation>Todas as linhas (%1)</translation>
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
        <translation>Alterações por cargo de destino: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) were not valid UTF-8 and were read as Windows-1252.</source>
        <translation>
            <numerusform>%n linha não era UTF-8 válido e foi lida como Windows-1252.</numerusform>
            <numerusform>%n linhas não eram UTF-8 válido e foram lidas como Windows-1252.</numerusform>
        </translation>
    </message>
    <message>
        <source>-plan.csv</source>
        <translation>-plano.csv</translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>Exportar o plano</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Plan written to %1.</source>
        <translation>Plano gravado em %1.</translation>
    </message>
    <message>
        <source>Checked rows</source>
        <translation>Linhas conferidas</translation>
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
        <translation>Linha</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Current role</source>
        <translation>Cargo atual</translation>
    </message>
    <message>
        <source>Target role</source>
        <translation>Cargo de destino</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Change or reason</source>
        <translation>Alteração ou motivo</translation>
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
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportMapPage</name>
    <message>
        <source>Map the columns</source>
        <translation>Mapear as colunas</translation>
    </message>
    <message>
        <source>Which column holds the member (user id, username or profile URL), which the target (rank, role name, role id, promote, demote, +N or -N), and which an optional reason.</source>
        <translation>Qual coluna tem o membro (id de usuário, nome de usuário ou URL do perfil), qual o destino (rank, nome do cargo, id do cargo, promote, demote, +N ou -N) e qual um motivo opcional.</translation>
    </message>
    <message>
        <source>Member column</source>
        <translation>Coluna de membros</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>Coluna de destinos</translation>
    </message>
    <message>
        <source>Reason column</source>
        <translation>Coluna de motivos</translation>
    </message>
    <message>
        <source>The first row is a &amp;header</source>
        <translation>A primeira linha é um &amp;cabeçalho</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Membro:</translation>
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
        <translation>(nenhuma)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Coluna %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (e.g. %3)</source>
        <translation>%1: %2 (p. ex. %3)</translation>
    </message>
    <message>
        <source>The member and the target must be two different columns.</source>
        <translation>O membro e o destino devem ser duas colunas diferentes.</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>&quot;%1&quot; is not a mapping; write user=COLUMN,target=COLUMN[,reason=COLUMN].</source>
        <translation>&quot;%1&quot; não é um mapeamento; escreva user=COLUNA,target=COLUNA[,reason=COLUNA].</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot;; give its number (1 is the first) or its header name.</source>
        <translation>Não existe a coluna &quot;%1&quot;; informe o número dela (1 é a primeira) ou o cabeçalho.</translation>
    </message>
    <message>
        <source>The mapping needs different user and target columns.</source>
        <translation>O mapeamento precisa de colunas diferentes para user e target.</translation>
    </message>
</context>
<context>
    <name>ImportReadPage</name>
    <message>
        <source>Read the file</source>
        <translation>Ler o arquivo</translation>
    </message>
    <message>
        <source>A CSV or text export from Excel, LibreOffice or Google Sheets. Encoding and delimiter are detected.</source>
        <translation>Uma exportação CSV ou de texto do Excel, LibreOffice ou Google Sheets. A codificação e o separador são detectados.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Arquivo a importar</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
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
        <translation>Vírgula</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Ponto e vírgula</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulação</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>Barra vertical</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
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
        <translation>Arquivos CSV e de texto (*.csv *.tsv *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Escolha um arquivo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2-separated · %n column(s) · first %3 rows shown</source>
        <translation>
            <numerusform>%1 · separado por %2 · %n coluna · primeiras %3 linhas exibidas</numerusform>
            <numerusform>%1 · separado por %2 · %n colunas · primeiras %3 linhas exibidas</numerusform>
        </translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Primeiras linhas do arquivo</translation>
    </message>
</context>
<context>
    <name>ImportValidator</name>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Sem alteração</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflito</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Inválido</translation>
    </message>
    <message>
        <source>The member cell is empty.</source>
        <translation>A célula do membro está vazia.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user id, a username or a roblox.com profile URL.</source>
        <translation>&quot;%1&quot; não é um id de usuário, um nome de usuário nem uma URL de perfil do roblox.com.</translation>
    </message>
    <message>
        <source>No Roblox user is named &quot;%1&quot;.</source>
        <translation>Nenhum usuário do Roblox se chama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a member of the group.</source>
        <translation>&quot;%1&quot; não é membro do grupo.</translation>
    </message>
    <message>
        <source>No Roblox user has the id %1.</source>
        <translation>Nenhum usuário do Roblox tem o id %1.</translation>
    </message>
    <message>
        <source>%1 is not a member of the group.</source>
        <translation>%1 não é membro do grupo.</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Usuário %1</translation>
    </message>
    <message>
        <source>Protected: bulk actions skip this member.</source>
        <translation>Protegido: as ações em massa ignoram este membro.</translation>
    </message>
    <message>
        <source>The target cell is empty.</source>
        <translation>A célula do destino está vazia.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rank, a role, promote, demote or a +N/-N step.</source>
        <translation>&quot;%1&quot; não é um rank, um cargo, promote, demote nem um passo +N/-N.</translation>
    </message>
    <message>
        <source>Already %1 (rank %2).</source>
        <translation>Já é %1 (rank %2).</translation>
    </message>
    <message>
        <source>%1 (rank %2) → %3 (rank %4)</source>
        <translation>%1 (rank %2) → %3 (rank %4)</translation>
    </message>
    <message>
        <source>Same change as line %1.</source>
        <translation>A mesma alteração da linha %1.</translation>
    </message>
    <message>
        <source>line %1 asks for %2 (rank %3)</source>
        <translation>a linha %1 pede %2 (rank %3)</translation>
    </message>
    <message>
        <source>Conflicting rows for this member: %1.</source>
        <translation>Linhas conflitantes para este membro: %1.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Choose a file.</source>
        <translation>Escolha um arquivo.</translation>
    </message>
    <message>
        <source>Import rank changes from CSV</source>
        <translation>Importar alterações de rank de um CSV</translation>
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
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>Tentar de novo as com &amp;falha</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>&amp;Exportar resultados…</translation>
    </message>
    <message>
        <source>Show in &amp;history</source>
        <translation>Mostrar no &amp;histórico</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluídos</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorados</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendentes</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 skipped · %4/min · ETA %5</source>
        <translation>%1 concluídos, %2 com falha, %3 ignorados · %4/min · faltam %5</translation>
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
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Promover</translation>
    </message>
    <message>
        <source>Demote</source>
        <translation>Rebaixar</translation>
    </message>
    <message>
        <source>Set rank</source>
        <translation>Definir rank</translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation>Importação CSV</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Reverter</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>o chaveiro do sistema</translation>
    </message>
    <message>
        <source>Could not read from the system keychain</source>
        <translation>Não foi possível ler do chaveiro do sistema</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>ele não respondeu a tempo</translation>
    </message>
    <message>
        <source>Could not save in the system keychain</source>
        <translation>Não foi possível salvar no chaveiro do sistema</translation>
    </message>
    <message>
        <source>Could not remove from the system keychain</source>
        <translation>Não foi possível remover do chaveiro do sistema</translation>
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
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>&amp;Promote</source>
        <translation>&amp;Promover</translation>
    </message>
    <message>
        <source>&amp;Demote</source>
        <translation>&amp;Rebaixar</translation>
    </message>
    <message>
        <source>&amp;Set rank…</source>
        <translation>&amp;Definir rank…</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>Per&amp;fis…</translation>
    </message>
    <message>
        <source>Open &amp;sandbox</source>
        <translation>Abrir o &amp;sandbox</translation>
    </message>
    <message>
        <source>&amp;Find member</source>
        <translation>&amp;Buscar membro</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>Open p&amp;rofile</source>
        <translation>Abrir p&amp;erfil</translation>
    </message>
    <message>
        <source>Sandbox &amp;writer</source>
        <translation>Serviço de &amp;escrita do sandbox</translation>
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
        <translation>Arquivos CSV e de texto (*.csv *.tsv *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Membros</translation>
    </message>
    <message>
        <source>Apply to &amp;all shown</source>
        <translation>Aplicar a &amp;todos os exibidos</translation>
    </message>
    <message>
        <source>Promote all shown…</source>
        <translation>Promover todos os exibidos…</translation>
    </message>
    <message>
        <source>Demote all shown…</source>
        <translation>Rebaixar todos os exibidos…</translation>
    </message>
    <message>
        <source>Set rank of all shown…</source>
        <translation>Definir o rank de todos os exibidos…</translation>
    </message>
    <message>
        <source>Bulk rank &amp;ceiling…</source>
        <translation>&amp;Teto de rank para ações em massa…</translation>
    </message>
    <message>
        <source>Bulk rank ceiling</source>
        <translation>Teto de rank para ações em massa</translation>
    </message>
    <message>
        <source>Bulk actions refuse target ranks at or above (0 for no ceiling):</source>
        <translation>As ações em massa recusam ranks de destino iguais ou acima de (0 sem teto):</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Histórico…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Rankdesk</source>
        <translation>&amp;Sobre o Rankdesk</translation>
    </message>
    <message>
        <source>About Rankdesk</source>
        <translation>Sobre o Rankdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rankdesk %1&lt;/b&gt;&lt;p&gt;Promote, demote and re-rank the members of your Roblox groups, with a history of every change.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Rankdesk %1&lt;/b&gt;&lt;p&gt;Promova, rebaixe e altere o rank dos membros dos seus grupos do Roblox, com um histórico de cada alteração.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&lt;b&gt;Roles&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cargos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show &amp;all roles</source>
        <translation>Mostrar &amp;todos os cargos</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <source>Filter by username, display name or user ID (Ctrl+F)</source>
        <translation>Filtrar por nome de usuário, nome de exibição ou id de usuário (Ctrl+F)</translation>
    </message>
    <message>
        <source>Member filter</source>
        <translation>Filtro de membros</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <source>Copy user ID</source>
        <translation>Copiar id de usuário</translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation>Mostrar o &amp;histórico</translation>
    </message>
    <message>
        <source>Protect from bulk actions</source>
        <translation>Proteger das ações em massa</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>Export batch results</source>
        <translation>Exportar resultados do lote</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>A exportação falhou</translation>
    </message>
    <message>
        <source>Results written to %1.</source>
        <translation>Resultados gravados em %1.</translation>
    </message>
    <message>
        <source>Rankdesk will be shown in %1 from the next start.</source>
        <translation>O Rankdesk será exibido em %1 a partir da próxima inicialização.</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Idioma do &amp;sistema</translation>
    </message>
    <message>
        <source>the Open Cloud API key (or set %1)</source>
        <translation>a chave de API do Open Cloud (ou defina %1)</translation>
    </message>
    <message>
        <source>the %1 key (or set %2)</source>
        <translation>a chave do %1 (ou defina %2)</translation>
    </message>
    <message>
        <source>%1 has no key: add %2 in Profiles (Ctrl+O).</source>
        <translation>%1 não tem chave: adicione %2 em Perfis (Ctrl+O).</translation>
    </message>
    <message>
        <source>Loading members… %1</source>
        <translation>Carregando membros… %1</translation>
    </message>
    <message>
        <source>Offline: showing the roster cached %1</source>
        <translation>Offline: exibindo a lista de membros salva %1</translation>
    </message>
    <message>
        <source>Could not load the group</source>
        <translation>Não foi possível carregar o grupo</translation>
    </message>
    <message>
        <source>%1 — Rankdesk</source>
        <translation>%1 — Rankdesk</translation>
    </message>
    <message>
        <source>%1 · group %2 · reader %3 · writer %4</source>
        <translation>%1 · grupo %2 · leitura %3 · escrita %4</translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation>Carregando cargos…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Carregando %1…</translation>
    </message>
    <message>
        <source>Cached roster from %1; refreshing…</source>
        <translation>Lista de membros salva %1; atualizando…</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>há %n minuto</numerusform>
            <numerusform>há %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>há %n hora</numerusform>
            <numerusform>há %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln member(s). </source>
        <translation>
            <numerusform>%Ln membro carregado. </numerusform>
            <numerusform>%Ln membros carregados. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rank change(s) were made outside Rankdesk since the last refresh; they are in the history.</source>
        <translation>
            <numerusform>%n alteração de rank foi feita fora do Rankdesk desde a última atualização; ela está no histórico.</numerusform>
            <numerusform>%n alterações de rank foram feitas fora do Rankdesk desde a última atualização; elas estão no histórico.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln member(s).</source>
        <translation>
            <numerusform>%Ln membro carregado.</numerusform>
            <numerusform>%Ln membros carregados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln membro</numerusform>
            <numerusform>%Ln membros</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 members</source>
        <translation>%1 de %2 membros</translation>
    </message>
    <message>
        <source>Connect to a group and wait for its members to load before importing.</source>
        <translation>Conecte-se a um grupo e aguarde os membros carregarem antes de importar.</translation>
    </message>
    <message>
        <source>A batch is running; wait for it, or pause or cancel it in the Jobs panel.</source>
        <translation>Há um lote em andamento; aguarde, ou pause ou cancele no painel de tarefas.</translation>
    </message>
    <message>
        <source>Checking %1&apos;s current role…</source>
        <translation>Conferindo o cargo atual de %1…</translation>
    </message>
    <message>
        <source>Rank change refused</source>
        <translation>Alteração de rank recusada</translation>
    </message>
    <message>
        <source>The member&apos;s role changed since the list was loaded; it is now %1.</source>
        <translation>O cargo do membro mudou desde que a lista foi carregada; agora é %1.</translation>
    </message>
    <message>
        <source>Rank change cancelled.</source>
        <translation>Alteração de rank cancelada.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Aplicando…</translation>
    </message>
    <message>
        <source>Rank change failed</source>
        <translation>A alteração de rank falhou</translation>
    </message>
    <message>
        <source>%1: %2 → %3.</source>
        <translation>%1: %2 → %3.</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Promover</translation>
    </message>
    <message>
        <source>Demote</source>
        <translation>Rebaixar</translation>
    </message>
    <message>
        <source>Set rank</source>
        <translation>Definir rank</translation>
    </message>
    <message>
        <source>Could not store the batch</source>
        <translation>Não foi possível salvar o lote</translation>
    </message>
    <message>
        <source>Roblox audit log</source>
        <translation>Log de auditoria do Roblox</translation>
    </message>
    <message>
        <source>Reading the audit log needs a group opened with an Open Cloud key that has the legacy-group:manage scope.</source>
        <translation>Ler o log de auditoria exige um grupo aberto com uma chave do Open Cloud que tenha a permissão legacy-group:manage.</translation>
    </message>
    <message numerus="yes">
        <source>Reading the audit log: %n page(s), </source>
        <translation>
            <numerusform>Lendo o log de auditoria: %n página, </numerusform>
            <numerusform>Lendo o log de auditoria: %n páginas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) so far…</source>
        <translation>
            <numerusform>%n alteração até agora…</numerusform>
            <numerusform>%n alterações até agora…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n change(s) added to the history</source>
        <translation>
            <numerusform>Log de auditoria: %n alteração adicionada ao histórico</numerusform>
            <numerusform>Log de auditoria: %n alterações adicionadas ao histórico</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n made by Rankdesk, already there).</source>
        <translation>
            <numerusform> (%n feita pelo Rankdesk, já estava lá).</numerusform>
            <numerusform> (%n feitas pelo Rankdesk, já estavam lá).</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Reverter</translation>
    </message>
    <message>
        <source>Connect to the group and wait for its members to load first.</source>
        <translation>Conecte-se primeiro ao grupo e aguarde os membros carregarem.</translation>
    </message>
    <message>
        <source>These changes include group %1; open that group to revert them.</source>
        <translation>Estas alterações incluem o grupo %1; abra esse grupo para revertê-las.</translation>
    </message>
    <message>
        <source>Revert %1</source>
        <translation>Reverter %1</translation>
    </message>
    <message>
        <source>Batch finished: %1</source>
        <translation>Lote concluído: %1</translation>
    </message>
    <message>
        <source>Could not start the batch</source>
        <translation>Não foi possível iniciar o lote</translation>
    </message>
    <message>
        <source>Unfinished batch</source>
        <translation>Lote inacabado</translation>
    </message>
    <message>
        <source>A batch (%1, started %2) was interrupted with %3 of %4 items left. Resume it now? Each item is checked before anything is sent.</source>
        <translation>Um lote (%1, iniciado %2) foi interrompido com %3 de %4 itens pendentes. Retomar agora? Cada item é conferido antes de qualquer envio.</translation>
    </message>
    <message>
        <source>S&amp;top loading</source>
        <translation>Pa&amp;rar o carregamento</translation>
    </message>
    <message>
        <source>Loading stopped; the table shows the members loaded before. Refresh (F5) to try again.</source>
        <translation>Carregamento parado; a tabela mostra os membros carregados antes. Atualizar (F5) tenta de novo.</translation>
    </message>
    <message>
        <source>Loading stopped. Refresh (F5) to load the members.</source>
        <translation>Carregamento parado. Atualizar (F5) carrega os membros.</translation>
    </message>
    <message>
        <source>Reading the keys of %1…</source>
        <translation>Lendo as chaves de %1…</translation>
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
        <translation>Não foi possível cancelar o lote</translation>
    </message>
    <message>
        <source>Another program runs this batch; it was asked to cancel before its next request.</source>
        <translation>Outro programa executa este lote; foi pedido a ele que cancele antes da próxima solicitação.</translation>
    </message>
    <message>
        <source>Open the batch&apos;s group first.</source>
        <translation>Abra primeiro o grupo do lote.</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>(unknown role)</source>
        <translation>(cargo desconhecido)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Id de usuário</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nome de exibição</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Membro desde</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>memory, for this session only</source>
        <translation>a memória, só nesta sessão</translation>
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
        <translation>o cargo &quot;%1&quot; não tem um rank de 0 a 255.</translation>
    </message>
    <message>
        <source>role &quot;%1&quot;</source>
        <translation>o cargo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>o grupo</translation>
    </message>
    <message>
        <source>it lists more than %1 roles; a group has at most %1.</source>
        <translation>ela lista mais de %1 cargos; um grupo tem no máximo %1.</translation>
    </message>
    <message>
        <source>the list of roles came back to a page it had already given, so it would never end.</source>
        <translation>a lista de cargos voltou a uma página que já tinha entregado, então nunca terminaria.</translation>
    </message>
    <message>
        <source>the list of roles did not end within %1 pages.</source>
        <translation>a lista de cargos não terminou em %1 páginas.</translation>
    </message>
    <message>
        <source>a page lists %1 members where at most %2 were asked for.</source>
        <translation>uma página traz %1 membros quando no máximo %2 foram pedidos.</translation>
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
        <translation>cargo desconhecido</translation>
    </message>
    <message>
        <source>Changed outside Rankdesk between %1 and %2 (UTC).</source>
        <translation>Alterado fora do Rankdesk entre %1 e %2 (UTC).</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Kept in the system keychain</source>
        <translation>Guardada no chaveiro do sistema</translation>
    </message>
    <message>
        <source>Kept for this session only</source>
        <translation>Só nesta sessão</translation>
    </message>
    <message>
        <source>From the environment</source>
        <translation>Do ambiente</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Sem chave</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>Remove the Open Cloud key</source>
        <translation>Remover a chave do Open Cloud</translation>
    </message>
    <message>
        <source>Writer API key</source>
        <translation>Chave de API do serviço de escrita</translation>
    </message>
    <message>
        <source>Remove the writer key</source>
        <translation>Remover a chave do serviço de escrita</translation>
    </message>
    <message>
        <source>Demote through set-rank (WESK Starter has no demote)</source>
        <translation>Rebaixar por definir rank (o WESK Starter não rebaixa)</translation>
    </message>
    <message>
        <source>Keep new keys in the system &amp;keychain (otherwise for this session only)</source>
        <translation>Guardar chaves novas no &amp;chaveiro do sistema (senão, só nesta sessão)</translation>
    </message>
    <message>
        <source>e.g. 7</source>
        <translation>p. ex. 7</translation>
    </message>
    <message>
        <source>Open Cloud (API key)</source>
        <translation>Open Cloud (chave de API)</translation>
    </message>
    <message>
        <source>Public endpoints (no key, read only)</source>
        <translation>Endpoints públicos (sem chave, só leitura)</translation>
    </message>
    <message>
        <source>No ceiling (only Owner is refused)</source>
        <translation>Sem teto (só Owner é recusado)</translation>
    </message>
    <message>
        <source>Bulk rank ceiling</source>
        <translation>Teto de rank para ações em massa</translation>
    </message>
    <message>
        <source>User ids, separated by commas</source>
        <translation>Ids de usuário, separados por vírgulas</translation>
    </message>
    <message>
        <source>Protected members</source>
        <translation>Membros protegidos</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Group ID:</source>
        <translation>Id do &amp;grupo:</translation>
    </message>
    <message>
        <source>&amp;Reader:</source>
        <translation>&amp;Leitura:</translation>
    </message>
    <message>
        <source>&amp;Open Cloud URL:</source>
        <translation>URL do &amp;Open Cloud:</translation>
    </message>
    <message>
        <source>Gro&amp;ups API URL:</source>
        <translation>URL da API de gr&amp;upos:</translation>
    </message>
    <message>
        <source>&amp;Users API URL:</source>
        <translation>URL da API de &amp;usuários:</translation>
    </message>
    <message>
        <source>Open Cloud API &amp;key:</source>
        <translation>&amp;Chave de API do Open Cloud:</translation>
    </message>
    <message>
        <source>&amp;Writer:</source>
        <translation>&amp;Escrita:</translation>
    </message>
    <message>
        <source>Writer U&amp;RL:</source>
        <translation>U&amp;RL do serviço de escrita:</translation>
    </message>
    <message>
        <source>Writer k&amp;ey:</source>
        <translation>Cha&amp;ve do serviço de escrita:</translation>
    </message>
    <message>
        <source>Bulk rank &amp;ceiling:</source>
        <translation>&amp;Teto de rank para ações em massa:</translation>
    </message>
    <message>
        <source>&amp;Protected members:</source>
        <translation>Membros &amp;protegidos:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>native</source>
        <translation>nativo</translation>
    </message>
    <message>
        <source>composed by Rankdesk (read + rank rules + set-rank)</source>
        <translation>composto pelo Rankdesk (leitura + regras de rank + definir rank)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Promote:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Demote:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Set rank:&lt;/b&gt; %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;Promover:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Rebaixar:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Definir rank:&lt;/b&gt; %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>Made by the Sandbox</source>
        <translation>Criada pelo sandbox</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Paste the key</source>
        <translation>Cole a chave</translation>
    </message>
    <message>
        <source>Type a new key to replace it</source>
        <translation>Digite uma nova chave para substituí-la</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Dê um nome ao perfil.</translation>
    </message>
    <message>
        <source>Enter the group&apos;s id.</source>
        <translation>Digite o id do grupo.</translation>
    </message>
    <message>
        <source>Enter the %1 key.</source>
        <translation>Digite a chave do %1.</translation>
    </message>
    <message>
        <source>Protected members are user ids (numbers), separated by commas.</source>
        <translation>Membros protegidos são ids de usuário (números), separados por vírgulas.</translation>
    </message>
    <message>
        <source>%1 must be an https:// URL (http:// only for this machine).</source>
        <translation>%1 deve ser uma URL https:// (http:// só para este computador).</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <source>Workspace Settings in Hyra; used by Test connection only</source>
        <translation>Workspace Settings no Hyra; usado só por &quot;Testar conexão&quot;</translation>
    </message>
    <message>
        <source>Hyra wor&amp;kspace ID:</source>
        <translation>Id do &amp;workspace do Hyra:</translation>
    </message>
</context>
<context>
    <name>ProfileManagerDialog</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Novo</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Mover para &amp;cima</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Perfis de conexão</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfis</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Remover chave</translation>
    </message>
    <message>
        <source>A simulated group on this computer; needs no key</source>
        <translation>Um grupo simulado neste computador; não precisa de chave</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (não salvo)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Salvar as alterações de %1?</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Novo perfil</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Excluir perfil</translation>
    </message>
    <message>
        <source>Delete the profile %1 and forget its keys? The history of its group is kept.</source>
        <translation>Excluir o perfil %1 e esquecer suas chaves? O histórico do grupo é mantido.</translation>
    </message>
    <message>
        <source>System keychain unavailable</source>
        <translation>Chaveiro do sistema indisponível</translation>
    </message>
    <message>
        <source>The key could not be kept in the system keychain.
%1

Rankdesk never writes keys to a file. You can use the key for this session only, or set %2 before starting Rankdesk.</source>
        <translation>Não foi possível guardar a chave no chaveiro do sistema.
%1

O Rankdesk nunca grava chaves em arquivo. Você pode usar a chave só nesta sessão, ou definir %2 antes de iniciar o Rankdesk.</translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation>Usar só nesta &amp;sessão</translation>
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
        <translation>Novo perfil</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (cópia)</translation>
    </message>
</context>
<context>
    <name>PublicReader</name>
    <message>
        <source>the group</source>
        <translation>o grupo</translation>
    </message>
    <message>
        <source>it lists %1 roles; a group has at most %2.</source>
        <translation>ela lista %1 cargos; um grupo tem no máximo %2.</translation>
    </message>
    <message>
        <source>role &quot;%1&quot; has no rank from 0 to 255.</source>
        <translation>o cargo &quot;%1&quot; não tem um rank de 0 a 255.</translation>
    </message>
    <message>
        <source>role &quot;%1&quot;</source>
        <translation>o cargo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The page token is not one this reader gave out.</source>
        <translation>O token de página não foi emitido por este leitor.</translation>
    </message>
    <message>
        <source>a page lists %1 members where at most %2 were asked for.</source>
        <translation>uma página traz %1 membros quando no máximo %2 foram pedidos.</translation>
    </message>
</context>
<context>
    <name>RankChangeService</name>
    <message>
        <source>No user was given.</source>
        <translation>Nenhum usuário informado.</translation>
    </message>
    <message>
        <source>There is no Roblox user named &quot;%1&quot;.</source>
        <translation>Não existe usuário do Roblox chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>User %1 is not a member of group %2.</source>
        <translation>O usuário %1 não é membro do grupo %2.</translation>
    </message>
    <message>
        <source>Nothing was sent: the change could not be recorded first. %1</source>
        <translation>Nada foi enviado: não foi possível registrar a alteração antes. %1</translation>
    </message>
    <message>
        <source>The change is kept as batch %1 (rankdesk-cli jobs resume %1, or the Jobs panel): resuming it checks the member first.</source>
        <translation>A alteração fica guardada como o lote %1 (rankdesk-cli jobs resume %1, ou o painel de tarefas): ao retomá-la, o membro é conferido primeiro.</translation>
    </message>
</context>
<context>
    <name>RankRules</name>
    <message>
        <source>%1 (rank %2)</source>
        <translation>%1 (rank %2)</translation>
    </message>
    <message>
        <source>The user is not a member of this group.</source>
        <translation>O usuário não é membro deste grupo.</translation>
    </message>
    <message>
        <source>The group owner&apos;s rank cannot be changed.</source>
        <translation>O rank do dono do grupo não pode ser alterado.</translation>
    </message>
    <message>
        <source>The member&apos;s role %1 is at or above the highest rank you may manage (%2).</source>
        <translation>O cargo %1 do membro está no rank mais alto que você pode gerenciar (%2) ou acima.</translation>
    </message>
    <message>
        <source>The member is already at the highest assignable rank, %1.</source>
        <translation>O membro já está no rank atribuível mais alto, %1.</translation>
    </message>
    <message>
        <source>The member is already at the lowest assignable rank, %1.</source>
        <translation>O membro já está no rank atribuível mais baixo, %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is only %n assignable rank(s) below the top; it cannot move up %2.</source>
        <translation>
            <numerusform>%1 está só %n rank atribuível abaixo do topo; não pode subir %2.</numerusform>
            <numerusform>%1 está só %n ranks atribuíveis abaixo do topo; não pode subir %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is only %n assignable rank(s) above the bottom; it cannot move down %2.</source>
        <translation>
            <numerusform>%1 está só %n rank atribuível acima da base; não pode descer %2.</numerusform>
            <numerusform>%1 está só %n ranks atribuíveis acima da base; não pode descer %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The group has no role with rank %1.</source>
        <translation>O grupo não tem cargo com rank %1.</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>Several roles have rank %1: %2. Name the role or give its id.</source>
        <translation>Vários cargos têm o rank %1: %2. Diga o nome do cargo ou informe o id.</translation>
    </message>
    <message>
        <source>The group has no role named &quot;%1&quot;.</source>
        <translation>O grupo não tem cargo chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several roles: %2. Be more specific.</source>
        <translation>&quot;%1&quot; corresponde a vários cargos: %2. Seja mais específico.</translation>
    </message>
    <message>
        <source>No target role was given.</source>
        <translation>Nenhum cargo de destino informado.</translation>
    </message>
    <message>
        <source>%1 is neither a rank (0-255) nor a role id of this group.</source>
        <translation>%1 não é um rank (0-255) nem um id de cargo deste grupo.</translation>
    </message>
    <message>
        <source>Members cannot be set to Guest (rank 0); that would remove them from the group.</source>
        <translation>Membros não podem receber Guest (rank 0); isso os tiraria do grupo.</translation>
    </message>
    <message>
        <source>The Owner role (rank 255) cannot be assigned.</source>
        <translation>O cargo Owner (rank 255) não pode ser atribuído.</translation>
    </message>
    <message>
        <source>%1 is at or above the highest rank you may assign (%2).</source>
        <translation>%1 está no rank mais alto que você pode atribuir (%2) ou acima.</translation>
    </message>
    <message>
        <source>The member already has the role %1.</source>
        <translation>O membro já tem o cargo %1.</translation>
    </message>
    <message>
        <source>Protected: bulk actions skip this member.</source>
        <translation>Protegido: as ações em massa ignoram este membro.</translation>
    </message>
</context>
<context>
    <name>RevertPlanner</name>
    <message>
        <source>Not reverted: this change was not made (%1).</source>
        <translation>Não revertida: esta alteração não foi feita (%1).</translation>
    </message>
    <message>
        <source>Not reverted: the change left the role as it was.</source>
        <translation>Não revertida: a alteração deixou o cargo como estava.</translation>
    </message>
    <message>
        <source>Not reverted: no longer a member of the group.</source>
        <translation>Não revertida: não é mais membro do grupo.</translation>
    </message>
    <message>
        <source>Not reverted: the role changed since (now %1, the change left %2).</source>
        <translation>Não revertida: o cargo mudou desde então (agora %1, a alteração deixou %2).</translation>
    </message>
    <message>
        <source>Protected: bulk actions skip this member.</source>
        <translation>Protegido: as ações em massa ignoram este membro.</translation>
    </message>
    <message>
        <source>Not reverted: the group no longer has the role %1.</source>
        <translation>Não revertida: o grupo não tem mais o cargo %1.</translation>
    </message>
</context>
<context>
    <name>RolesModel</name>
    <message>
        <source>Role id %1</source>
        <translation>Id do cargo %1</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
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
        <translation>Não foi possível guardar a lista de membros em cache</translation>
    </message>
    <message>
        <source>Could not read the cached roster</source>
        <translation>Não foi possível ler a lista de membros em cache</translation>
    </message>
</context>
<context>
    <name>RosterLoader</name>
    <message>
        <source>the member list went past %1 members, more than the group&apos;s roles count (%2).</source>
        <translation>a lista de membros passou de %1 membros, mais do que os cargos do grupo contam (%2).</translation>
    </message>
    <message>
        <source>the member list did not end within %1 pages, more than the %2 members the group&apos;s roles count need.</source>
        <translation>a lista de membros não terminou em %1 páginas, mais do que as necessárias para os %2 membros que os cargos do grupo contam.</translation>
    </message>
    <message>
        <source>the member list did not end within %1 pages, the most Rankdesk reads.</source>
        <translation>a lista de membros não terminou em %1 páginas, o máximo que o Rankdesk lê.</translation>
    </message>
    <message numerus="yes">
        <source>the member list came back to a page it had already given (after %n page(s)), so it would never end.</source>
        <translation>
            <numerusform>a lista de membros voltou a uma página que já tinha entregado (após %n página), então nunca terminaria.</numerusform>
            <numerusform>a lista de membros voltou a uma página que já tinha entregado (após %n páginas), então nunca terminaria.</numerusform>
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
        <translation>Não há chaveiro do sistema utilizável (Secret Service). Use o segredo só nesta sessão, ou passe-o em uma variável de ambiente.</translation>
    </message>
</context>
<context>
    <name>SendGate</name>
    <message>
        <source>This batch is for group %1; the open connection is to group %2.</source>
        <translation>Este lote é para o grupo %1; a conexão aberta é com o grupo %2.</translation>
    </message>
    <message>
        <source>This batch was planned for the %1 writer; the open connection writes through %2.</source>
        <translation>Este lote foi planejado para o serviço de escrita %1; a conexão aberta grava por meio de %2.</translation>
    </message>
    <message>
        <source>The target role (id %1) is not one of the group&apos;s roles.</source>
        <translation>O cargo de destino (id %1) não é um dos cargos do grupo.</translation>
    </message>
</context>
<context>
    <name>SeriesWriter</name>
    <message>
        <source>API key is inactive or invalid</source>
        <translation>A chave de API está inativa ou é inválida</translation>
    </message>
    <message>
        <source>Series.hr workspace %1 (%2)</source>
        <translation>Workspace do Series.hr %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SetRankDialog</name>
    <message>
        <source>Set rank</source>
        <translation>Definir rank</translation>
    </message>
    <message>
        <source>New role for &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Novo cargo para &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Target role</source>
        <translation>Cargo de destino</translation>
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
        <translation>Restam %1 solicitações neste período; reinicia em %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
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
        <translation>O Open Cloud não tem promoção nem rebaixamento: o Rankdesk lê o cargo do membro, escolhe o próximo rank atribuível com suas regras de rank e o define. Escritas: 300 por minuto por dono de chave.</translation>
    </message>
    <message>
        <source>Hyra offers set-rank only (its promote route is inactive): Rankdesk reads the member&apos;s role, picks the next rank with its rank rules and sets it. About 100 requests per minute.</source>
        <translation>O Hyra só oferece definir rank (sua rota de promoção está inativa): o Rankdesk lê o cargo do membro, escolhe o próximo rank com suas regras de rank e o define. Cerca de 100 solicitações por minuto.</translation>
    </message>
    <message>
        <source>Series.hr promotes and demotes itself, along the roles configured in the workspace and up to its Max Promotion Rank; set-rank needs a role configured there. Premium or Enterprise plan; 50 requests per second.</source>
        <translation>O Series.hr promove e rebaixa por conta própria, seguindo os cargos configurados no workspace e até o Max Promotion Rank; definir rank precisa de um cargo configurado lá. Plano Premium ou Enterprise; 50 solicitações por segundo.</translation>
    </message>
    <message>
        <source>WESK RankBot promotes itself; demote is composed through setRank (works on every plan). Monthly request quota: Starter 100, Pro 5,000, Max unlimited.</source>
        <translation>O WESK RankBot promove por conta própria; o rebaixamento é composto por setRank (funciona em todos os planos). Cota mensal de solicitações: Starter 100, Pro 5.000, Max ilimitado.</translation>
    </message>
    <message>
        <source>WESK RankBot promotes and demotes itself; its demote needs a Pro or Max plan. Monthly request quota: Starter 100, Pro 5,000, Max unlimited.</source>
        <translation>O WESK RankBot promove e rebaixa por conta própria; rebaixar exige um plano Pro ou Max. Cota mensal de solicitações: Starter 100, Pro 5.000, Max ilimitado.</translation>
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
        <translation>Histórico no PostgreSQL</translation>
    </message>
    <message>
        <source>Password of %1 for %2 on %3:</source>
        <translation>Senha de %1 para %2 em %3:</translation>
    </message>
    <message>
        <source>Save this password in the system keychain?</source>
        <translation>Salvar esta senha no chaveiro do sistema?</translation>
    </message>
    <message>
        <source>%1
The password is used for this session only.</source>
        <translation>%1
A senha é usada só nesta sessão.</translation>
    </message>
    <message>
        <source>Rankdesk: promote, demote and re-rank the members of Roblox groups.
Without --group it opens the profile used last; at first, the Sandbox, a simulated group that needs no key.
With --group the API key is read from RANKDESK_API_KEY or asked for.</source>
        <translation>Rankdesk: promova, rebaixe e altere o rank dos membros de grupos do Roblox.
Sem --group ele abre o último perfil usado; na primeira vez, o Sandbox, um grupo simulado que não precisa de chave.
Com --group a chave de API é lida de RANKDESK_API_KEY ou solicitada.</translation>
    </message>
    <message>
        <source>Group id to open.</source>
        <translation>Id do grupo a abrir.</translation>
    </message>
    <message>
        <source>One base URL for every Roblox host.</source>
        <translation>Uma URL base para todos os hosts do Roblox.</translation>
    </message>
    <message>
        <source>opencloud or public.</source>
        <translation>opencloud ou public.</translation>
    </message>
    <message>
        <source>opencloud, hyra, series or wesk (key from RANKDESK_&lt;WRITER&gt;_KEY; in the Sandbox, its own).</source>
        <translation>opencloud, hyra, series ou wesk (chave de RANKDESK_&lt;WRITER&gt;_KEY; no Sandbox, a dele).</translation>
    </message>
    <message>
        <source>Size of the sandbox group.</source>
        <translation>Tamanho do grupo do sandbox.</translation>
    </message>
    <message>
        <source>History database file.</source>
        <translation>Arquivo do banco de dados do histórico.</translation>
    </message>
    <message>
        <source>Save a picture of the window once loaded, then quit.</source>
        <translation>Salvar uma imagem da janela depois de carregada e sair.</translation>
    </message>
    <message>
        <source>A shared PostgreSQL history: HOST[:PORT]/DATABASE (password from RANKDESK_PG_PASSWORD, the system keychain, or asked for).</source>
        <translation>Um histórico compartilhado no PostgreSQL: HOST[:PORTA]/BANCO (senha de RANKDESK_PG_PASSWORD, do chaveiro do sistema ou solicitada).</translation>
    </message>
    <message>
        <source>PostgreSQL user (default: your login name).</source>
        <translation>Usuário do PostgreSQL (padrão: seu nome de login).</translation>
    </message>
    <message>
        <source>Log every request and step (to stderr and the log file).</source>
        <translation>Registrar cada solicitação e cada passo (no stderr e no arquivo de log).</translation>
    </message>
    <message>
        <source>Keep --pg/--pg-user (or, without --pg, the local file) as the history to open from now on.</source>
        <translation>Manter --pg/--pg-user (ou, sem --pg, o arquivo local) como o histórico a abrir daqui em diante.</translation>
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
        <translation>O sandbox não pôde iniciar no endereço de loopback deste computador.</translation>
    </message>
</context>
</TS>
