<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>daicho::Application</name>
    <message>
        <source>Daicho keeps the personal-data ledgers in an encrypted database.</source>
        <translation>台帳は個人情報の管理台帳を暗号化したデータベースに保管します。</translation>
    </message>
    <message>
        <source>The database file (NAME.daicho) to open.</source>
        <translation>開くデータベースファイル（名前.daicho）。</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>%1 does not exist. Choose a database or create a new one.</source>
        <translation>%1 が見つかりません。データベースを選ぶか、新しく作成してください。</translation>
    </message>
    <message>
        <source>Daicho cannot start</source>
        <translation>台帳を起動できません</translation>
    </message>
    <message>
        <source>The encryption self-test failed, so Daicho will not open any database on this PC.

%1

Ask the person who installed Daicho to check the installation.</source>
        <translation>暗号機能の自己診断に失敗したため、このPCではデータベースを開きません。

%1

台帳をインストールした担当者に確認を依頼してください。</translation>
    </message>
</context>
<context>
    <name>daicho::AuditAction</name>
    <message>
        <source>Signed in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>サインイン失敗</translation>
    </message>
    <message>
        <source>ID locked after failed sign-ins</source>
        <translation>サインイン失敗によるIDのロック</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>ユーザーの追加</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>ユーザー情報の変更</translation>
    </message>
    <message>
        <source>User removed</source>
        <translation>ユーザーの削除</translation>
    </message>
    <message>
        <source>User unlocked</source>
        <translation>ユーザーのロック解除</translation>
    </message>
    <message>
        <source>Password reset by the chief</source>
        <translation>責任者によるパスワードの再設定</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>本人によるパスワード変更</translation>
    </message>
    <message>
        <source>Access restored with the recovery key</source>
        <translation>回復キーによるアクセスの回復</translation>
    </message>
    <message>
        <source>Signing key registered</source>
        <translation>署名鍵の登録</translation>
    </message>
    <message>
        <source>Signing key may register others</source>
        <translation>署名鍵への登録権限の付与</translation>
    </message>
    <message>
        <source>Signing key revoked</source>
        <translation>署名鍵の失効</translation>
    </message>
    <message>
        <source>Key slot added</source>
        <translation>キースロットの追加</translation>
    </message>
    <message>
        <source>Key slot removed</source>
        <translation>キースロットの削除</translation>
    </message>
    <message>
        <source>Key slot change prepared</source>
        <translation>キースロット変更の準備</translation>
    </message>
    <message>
        <source>Key slot change completed</source>
        <translation>キースロット変更の完了</translation>
    </message>
    <message>
        <source>Key slot change abandoned</source>
        <translation>キースロット変更の取り消し</translation>
    </message>
    <message>
        <source>Key slots updated to the new key</source>
        <translation>キースロットを新しい鍵に更新</translation>
    </message>
    <message>
        <source>Database key replaced</source>
        <translation>データベースの鍵の更新</translation>
    </message>
    <message>
        <source>Department added</source>
        <translation>部署の追加</translation>
    </message>
    <message>
        <source>Department renamed</source>
        <translation>部署名の変更</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>設定の変更</translation>
    </message>
    <message>
        <source>Database property set</source>
        <translation>データベース属性の設定</translation>
    </message>
    <message>
        <source>Checkpoint signed</source>
        <translation>チェックポイントの署名</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>バックアップの作成</translation>
    </message>
    <message>
        <source>Initial password replaced</source>
        <translation>初期パスワードの変更</translation>
    </message>
    <message>
        <source>Many further failed sign-ins</source>
        <translation>その他多数のサインイン失敗</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>バックアップの失敗</translation>
    </message>
    <message>
        <source>Unknown key slot left out of the new key</source>
        <translation>不明な鍵スロットを新しい鍵の対象から除外</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>データベースの更新（版の引き上げ）</translation>
    </message>
    <message>
        <source>Ledger entry written</source>
        <translation>台帳の記入</translation>
    </message>
    <message>
        <source>Ledger entry corrected</source>
        <translation>台帳の訂正</translation>
    </message>
    <message>
        <source>Ledger entry approved</source>
        <translation>台帳の承認</translation>
    </message>
    <message>
        <source>Ledger entry reviewed</source>
        <translation>台帳の確認</translation>
    </message>
    <message>
        <source>Ledger entry returned</source>
        <translation>台帳の差し戻し</translation>
    </message>
    <message>
        <source>Ledger entries imported</source>
        <translation>台帳への取込</translation>
    </message>
    <message>
        <source>Ledger exported</source>
        <translation>台帳の出力</translation>
    </message>
    <message>
        <source>Ledger printed</source>
        <translation>台帳の印刷</translation>
    </message>
    <message>
        <source>Check item added</source>
        <translation>チェック項目の追加</translation>
    </message>
    <message>
        <source>Check item reworded</source>
        <translation>チェック項目の変更</translation>
    </message>
    <message>
        <source>Check item moved</source>
        <translation>チェック項目の並べ替え</translation>
    </message>
    <message>
        <source>Check item retired</source>
        <translation>チェック項目の廃止</translation>
    </message>
    <message>
        <source>Check item restored</source>
        <translation>チェック項目の再使用</translation>
    </message>
    <message>
        <source>Failing claim of a key slot set aside</source>
        <translation>鍵スロットの成り立たない主張を退けた</translation>
    </message>
    <message>
        <source>Ledger rows derived again under updated form definitions</source>
        <translation>様式の定義の更新に伴う台帳一覧行の再作成</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>ユーザー %1</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1（ID %2）</translation>
    </message>
    <message>
        <source>Department retired</source>
        <translation>部署の廃止</translation>
    </message>
    <message>
        <source>Department put back in use</source>
        <translation>部署を使用中に戻す</translation>
    </message>
    <message>
        <source>Department moved in the order</source>
        <translation>部署の並び替え</translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation>部署 %1</translation>
    </message>
    <message>
        <source>Request desk&apos;s data saved (new version)</source>
        <translation>相談窓口・休業日の保存（新しい版）</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>請求の手続：%1</translation>
    </message>
    <message>
        <source>%1 (case ID %2)</source>
        <translation>%1（事案ID %2）</translation>
    </message>
    <message>
        <source>Request&apos;s document printed</source>
        <translation>請求の書類を印刷</translation>
    </message>
    <message>
        <source>Records about a person printed</source>
        <translation>本人に係る記録を印刷</translation>
    </message>
    <message>
        <source>Public notice published (第34条1項)</source>
        <translation>公表事項を公表（第34条1項）</translation>
    </message>
    <message>
        <source>Disposal approved (第20条1項(4))</source>
        <translation>廃棄の承認（第20条1項(4)）</translation>
    </message>
    <message>
        <source>Disposal confirmed</source>
        <translation>廃棄の確認</translation>
    </message>
    <message>
        <source>Disposal cancelled</source>
        <translation>廃棄の取消し</translation>
    </message>
    <message>
        <source>Disposal run: entries deleted</source>
        <translation>廃棄の実行（記録を削除）</translation>
    </message>
    <message>
        <source>Backups made before a disposal recorded as destroyed</source>
        <translation>廃棄前のバックアップの破棄を記録</translation>
    </message>
    <message>
        <source>Retention periods set (new version)</source>
        <translation>保存期間の設定（新しい版）</translation>
    </message>
    <message>
        <source>Disposal No.%1</source>
        <translation>廃棄 第%1号</translation>
    </message>
    <message>
        <source>Retention periods, version %1</source>
        <translation>保存期間 第%1版</translation>
    </message>
</context>
<context>
    <name>daicho::AuditFilterBar</name>
    <message>
        <source>Sign-ins</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Ledger entries</source>
        <translation>台帳の記録</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Keys and database</source>
        <translation>鍵とデータベース</translation>
    </message>
    <message>
        <source>Organisation, settings and check items</source>
        <translation>組織・設定・チェック項目</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>チェックポイント</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>すべての操作</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <source>All ledgers</source>
        <translation>すべての台帳</translation>
    </message>
    <message>
        <source>From: any date</source>
        <translation>開始日 指定なし</translation>
    </message>
    <message>
        <source>To: any date</source>
        <translation>終了日 指定なし</translation>
    </message>
    <message>
        <source>Search the trail</source>
        <translation>監査証跡を検索</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>操作の種類(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>実行者(&amp;P)：</translation>
    </message>
    <message>
        <source>Le&amp;dger:</source>
        <translation>台帳(&amp;D)：</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>期間(&amp;R)：</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it like 2026/04/01, 4/1 or 令和8年4月1日.</source>
        <translation>「%1」は日付として読めません。2026/04/01、4/1、令和8年4月1日 のように入力してください。</translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2). Swap the two dates.</source>
        <translation>期間の開始（%1）が終了（%2）より後になっています。2つの日付を入れ替えてください。</translation>
    </message>
    <message>
        <source>Showing entry No. %1 only; change any filter to see more</source>
        <translation>記録 No.%1 に関するものだけを表示中。条件を変えると他も表示します</translation>
    </message>
</context>
<context>
    <name>daicho::AuditLog</name>
    <message>
        <source>The table is not audited.</source>
        <translation>この表は監査の対象ではありません。</translation>
    </message>
    <message>
        <source>An audit entry must be written inside the change&apos;s transaction.</source>
        <translation>監査記録は変更と同じトランザクションの中で書く必要があります。</translation>
    </message>
    <message>
        <source>A record (%1 %2) was changed outside Daicho, so it was not changed again. Tell the auditor and run the verification of the audit trail.</source>
        <translation>記録（%1 %2）が台帳の外で変更されているため、変更しませんでした。監査担当者に連絡し、監査証跡の検証を実行してください。</translation>
    </message>
</context>
<context>
    <name>daicho::AuditTrailModel</name>
    <message>
        <source>Entry hash: %1</source>
        <translation>記録のハッシュ値: %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>(recovery key)</source>
        <translation>（回復キー）</translation>
    </message>
    <message>
        <source>User #%1</source>
        <translation>ユーザー #%1</translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Recorded at %1, when somebody next signed in</source>
        <translation>記録されたのは %1（次に誰かがサインインしたとき）</translation>
    </message>
    <message>
        <source>No. %1 — %2 — %3</source>
        <translation>No.%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Action: %1 (%2)</source>
        <translation>操作：%1（%2）</translation>
    </message>
    <message>
        <source>Concerns: %1 (%2 #%3)</source>
        <translation>対象：%1（%2 #%3）</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>詳細：%1</translation>
    </message>
    <message>
        <source>Recorded as: %1</source>
        <translation>記録された形：%1</translation>
    </message>
    <message>
        <source>Recorded at (UTC): %1</source>
        <translation>記録日時（UTC）：%1</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>台帳</translation>
    </message>
    <message>
        <source>Ledgers</source>
        <translation>台帳</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力先</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Sign-in ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>From</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>To</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>チェックポイント</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>プリンター</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Rows left out as repeats</source>
        <translation>既にあるため取り込まなかった行</translation>
    </message>
</context>
<context>
    <name>daicho::AuditTrailPage</name>
    <message>
        <source>&amp;Verify</source>
        <translation>検証(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Sign a checkpoint…</source>
        <translation>チェックポイントに署名(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>Checks every entry&apos;s hash and signature, every recorded row and the signed checkpoints.</source>
        <translation>すべての記録のハッシュ値と署名、記録された行、署名済みのチェックポイントを確認します。</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>監査証跡</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>Verified: the audit trail is intact. %1 entries up to No. %2 and %3 recorded rows were checked; %4 checkpoint(s) match.</source>
        <translation>検証しました。監査証跡に改ざんはありません。番号 %2 までの記録 %1 件と、記録された行 %3 件を確認し、チェックポイント %4 件が一致しました。</translation>
    </message>
    <message>
        <source>The audit trail does NOT verify: %1</source>
        <translation>監査証跡の検証に失敗しました: %1</translation>
    </message>
    <message>
        <source>The first entry that fails is No. %1. Tell the chief and the auditor; do not change anything until they have looked.</source>
        <translation>最初に不一致となった記録は番号 %1 です。事務取扱責任者と監査担当者に連絡し、確認が終わるまで何も変更しないでください。</translation>
    </message>
    <message>
        <source>Checkpoint No. %1 was signed: %2</source>
        <translation>チェックポイント（番号 %1）に署名しました: %2</translation>
    </message>
    <message>
        <source>Audit trail checkpoint</source>
        <translation>監査証跡チェックポイント</translation>
    </message>
    <message>
        <source>Checkpoint entry No.</source>
        <translation>チェックポイントの記録番号</translation>
    </message>
    <message>
        <source>Checkpoint code</source>
        <translation>チェックポイントコード</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>署名日</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>署名者</translation>
    </message>
    <message>
        <source>Entries checked</source>
        <translation>確認した記録</translation>
    </message>
    <message>
        <source>%1 (all intact)</source>
        <translation>%1 件（すべて正常）</translation>
    </message>
    <message>
        <source>verification failed: %1</source>
        <translation>検証失敗: %1</translation>
    </message>
    <message>
        <source>Signing-key fingerprints</source>
        <translation>署名鍵のフィンガープリント</translation>
    </message>
    <message>
        <source>To check later that the audit trail was not cut short or replaced by an older copy, run &quot;daicho-cli verify --checkpoint CODE&quot; with the code above. Compare the fingerprints with those printed on earlier checkpoints: a key that appears without a signed registration by the chief is a sign of tampering.</source>
        <translation>監査証跡が切り詰められたり古い複製と差し替えられたりしていないことを後日確認するには、上のコードを指定して「daicho-cli verify --checkpoint コード」を実行してください。フィンガープリントは以前のチェックポイントに印字されたものと照合してください。責任者の署名付きの登録なしに現れた鍵は、改ざんの兆候です。</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>監査担当者</translation>
    </message>
    <message>
        <source>Chief</source>
        <translation>責任者</translation>
    </message>
    <message>
        <source>S&amp;top verifying</source>
        <translation>検証を中止(&amp;T)</translation>
    </message>
    <message>
        <source>Verifying… %p%</source>
        <translation>検証中… %p%</translation>
    </message>
    <message>
        <source>Verifying the audit trail. You can go on working; the result appears here.</source>
        <translation>監査証跡を検証しています。作業を続けられます。結果はここに表示されます。</translation>
    </message>
    <message>
        <source>Choose an entry to see all it records, with the raw keys.</source>
        <translation>行を選ぶと、その記録の内容をすべて（記録されたままのキーとともに）表示します。</translation>
    </message>
</context>
<context>
    <name>daicho::AuditVerifier</name>
    <message>
        <source>Entry %1 has been altered after it was written.</source>
        <translation>記録 %1 は書き込まれた後に改変されています。</translation>
    </message>
    <message>
        <source>Row %1 of table %2</source>
        <translation>テーブル %2 の行 %1</translation>
    </message>
    <message>
        <source>Entry %1 records rows of table %2 that entry %3 already recorded.</source>
        <translation>記録 %1 は、記録 %3 が既に記録したテーブル %2 の行を記録しています。</translation>
    </message>
    <message>
        <source>%1, recorded by entry %2, has been deleted outside Daicho.</source>
        <translation>記録 %2 が記録した%1が、Daicho の外で削除されています。</translation>
    </message>
    <message>
        <source>%1 has no audit entry: it was added outside Daicho.</source>
        <translation>%1に監査記録がありません。Daicho の外で追加されています。</translation>
    </message>
    <message>
        <source>%1 differs from what entry %2 recorded: it was changed outside Daicho.</source>
        <translation>%1が記録 %2 の記録内容と異なります。Daicho の外で変更されています。</translation>
    </message>
    <message>
        <source>Entry %1 of the ledgers is not what its signed history says: its list row was changed outside Daicho.</source>
        <translation>台帳の記録 %1 が署名済みの履歴と一致しません。一覧用の行が Daicho の外で変更されています。</translation>
    </message>
    <message>
        <source>Entry %1 of the ledgers has no list row: it was removed outside Daicho.</source>
        <translation>台帳の記録 %1 に一覧用の行がありません。Daicho の外で削除されています。</translation>
    </message>
    <message>
        <source>Entry %1 is missing or out of order: the next entry found is %2.</source>
        <translation>記録 %1 が欠けているか、順序が入れ替わっています（次に見つかった記録は %2 です）。</translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: an entry was changed, removed or reordered.</source>
        <translation>記録 %1 が記録 %2 につながっていません。記録が書き換えられたか、削除されたか、並べ替えられています。</translation>
    </message>
    <message>
        <source>Entry %1 changes something its author may not change.</source>
        <translation>記録 %1 は、記録者に変更の権限がないものを変更しています。</translation>
    </message>
    <message>
        <source>Entry %1 is a checkpoint, but its author is not the auditor.</source>
        <translation>記録 %1 はチェックポイントですが、記録者が監査ではありません。</translation>
    </message>
    <message>
        <source>The audit trail is empty: it has been erased.</source>
        <translation>監査証跡が空です。消去されています。</translation>
    </message>
    <message>
        <source>Checkpoint %1 is not in the audit trail: the trail has been cut short or replaced by an older copy.</source>
        <translation>チェックポイント %1 が監査証跡にありません。監査証跡が切り詰められたか、古い複製と差し替えられています。</translation>
    </message>
    <message>
        <source>Row %1 of table %2 has no audit entry: it was added outside Daicho.</source>
        <translation>表 %2 の行 %1 に監査記録がありません。台帳の外で追加されています。</translation>
    </message>
    <message>
        <source>Row %1 of table %2 differs from what entry %3 recorded: it was changed outside Daicho or put back from an older copy.</source>
        <translation>表 %2 の行 %1 が記録 %3 の内容と異なります。台帳の外で変更されたか、古い複製から書き戻されています。</translation>
    </message>
    <message>
        <source>Row %1 of table %2, recorded by entry %3, has been deleted outside Daicho.</source>
        <translation>記録 %3 で記録された表 %2 の行 %1 が、台帳の外で削除されています。</translation>
    </message>
    <message>
        <source>Entry %1 is signed with key %2, which was never registered.</source>
        <translation>記録 %1 は、登録されたことのない鍵 %2 で署名されています。</translation>
    </message>
    <message>
        <source>Entry %1 is signed with key %2, which had been revoked.</source>
        <translation>記録 %1 は、失効済みの鍵 %2 で署名されています。</translation>
    </message>
    <message>
        <source>Entry %1 names a different author than the owner of its signing key.</source>
        <translation>記録 %1 の記録者が、署名鍵の持ち主と一致しません。</translation>
    </message>
    <message>
        <source>The signature of entry %1 is not valid: the entry was rewritten by someone without its author&apos;s key.</source>
        <translation>記録 %1 の署名が正しくありません。記録者の鍵を持たない者が記録を書き換えています。</translation>
    </message>
    <message>
        <source>Entry 1 does not register the first signing key.</source>
        <translation>記録 1 が最初の署名鍵を登録していません。</translation>
    </message>
    <message>
        <source>Entry %1 registers a key number that is already in use.</source>
        <translation>記録 %1 は、すでに使われている鍵番号を登録しています。</translation>
    </message>
    <message>
        <source>Entry %1 refers to an unknown key.</source>
        <translation>記録 %1 が存在しない鍵を参照しています。</translation>
    </message>
    <message>
        <source>the recovery key</source>
        <translation>回復キー</translation>
    </message>
    <message>
        <source>Entry %1 records a ledger row of an unknown form (%2).</source>
        <translation>記録 %1 は、存在しない様式（%2）の台帳の行を記録しています。</translation>
    </message>
    <message>
        <source>Entry %1 records a decision on %2 by person %3, whose role as the chief officer recorded it (%4) may not approve or review that form.</source>
        <translation>記録 %1 は、利用者 %3 による %2 の承認・確認を記録していますが、事務取扱責任者が記録したその人の役割（%4）では、この様式を承認・確認できません。</translation>
    </message>
    <message>
        <source>Entry %1 records a revision of %2 by person %3, whose role as the chief officer recorded it (%4) may not write that form.</source>
        <translation>記録 %1 は、利用者 %3 による %2 の記入を記録していますが、事務取扱責任者が記録したその人の役割（%4）では、この様式に記入できません。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Entry %1 records work on %2 of department %3 by person %4, who did not belong to that department or one above it at the time.</source>
        <translation>記録 %1 は、利用者 %4 による部署 %3 の %2 への作業を記録していますが、その人は当時その部署にも上位の部署にも所属していませんでした。</translation>
    </message>
    <message>
        <source>Row %1 of table ledger_revisions names person %2 as its author, but entry %3 that records it was signed by %4.</source>
        <translation>表 ledger_revisions の行 %1 は記入者を利用者 %2 としていますが、それを記録した記録 %3 の署名者は %4 です。</translation>
    </message>
    <message>
        <source>Row %1 of table ledger_approvals names person %2 as the approver, but entry %3 that records it was signed by %4.</source>
        <translation>表 ledger_approvals の行 %1 は承認者を利用者 %2 としていますが、それを記録した記録 %3 の署名者は %4 です。</translation>
    </message>
    <message>
        <source>Entry %1 records a decision on a revision that does not exist.</source>
        <translation>記録 %1 は、存在しない版への承認・確認を記録しています。</translation>
    </message>
    <message>
        <source>Entry %1 records person %2 approving their own writing: another approver must decide (segregation of duties).</source>
        <translation>記録 %1 は、利用者 %2 が自分の記入を承認したことを記録しています。記入者とは別の承認者が判断しなければなりません（職務の分離）。</translation>
    </message>
    <message>
        <source>Entry %1 records a revision whose previous version is missing.</source>
        <translation>記録 %1 は、前の版がない訂正を記録しています。</translation>
    </message>
    <message>
        <source>Entry %1 records a revision of another form than the entry&apos;s own.</source>
        <translation>記録 %1 は、その記入とは別の様式の訂正を記録しています。</translation>
    </message>
    <message>
        <source>Revision %1 of entry %2 belongs to another form than the entry.</source>
        <translation>記入 %2 の版 %1 が、その記入とは別の様式のものです。</translation>
    </message>
    <message>
        <source>Revision %1 of entry %2 keeps the approval, but changes more than what is filled after approval: it was written outside Daicho.</source>
        <translation>記入 %2 の版 %1 は承認を引き継いでいますが、承認後に記入する項目以外も変えています。Daicho の外で書かれたものです。</translation>
    </message>
    <message>
        <source>Entry %1 is signed by person %2, who had been removed by entry %3.</source>
        <translation>記録 %1 は、記録 %3 で削除された利用者 %2 の署名です。</translation>
    </message>
    <message>
        <source>The code given for entry %1 does not match it. Check the code against the paper first; if it was typed right, the trail up to that entry has been rewritten.</source>
        <translation>記録 %1 について指定されたコードが一致しません。まず紙のコードと見比べてください。正しく入力されていれば、その記録までの監査証跡が書き換えられています。</translation>
    </message>
    <message>
        <source>Entry %1 registers key number %2 out of turn (the next is %3).</source>
        <translation>記録 %1 は、順番どおりでない鍵番号 %2 を登録しています（次の番号は %3 です）。</translation>
    </message>
    <message>
        <source>Entry %1 by the acting chief officer changes the signing keys of a chief officer or the recovery key, which only a chief officer may do.</source>
        <translation>記録 %1 は、代理が事務取扱責任者の署名鍵または回復キーを変更しています。これは事務取扱責任者だけができることです。</translation>
    </message>
    <message>
        <source>Revision %1 of entry %2 is out of order (number %3): it was written outside Daicho.</source>
        <translation>記録 %2 の版 %1 は順序が正しくありません（版番号 %3）。Daicho の外で書き込まれています。</translation>
    </message>
    <message>
        <source>Entry %1 changes a policy of the centre (%2), which only the chief officer changes, but the chief officer did not sign it.</source>
        <translation>記録 %1 はセンターの方針（%2）を変更していますが、事務取扱責任者の署名ではありません。センターの方針を変更できるのは事務取扱責任者だけです。</translation>
    </message>
    <message>
        <source>The database&apos;s schema version (%1) is lower than the one entry %2 upgraded it to (%3): it was set back outside Daicho.</source>
        <translation>データベースのスキーマの版（%1）が、記録 %2 で更新した版（%3）より前に戻っています。Daicho の外で戻されています。</translation>
    </message>
    <message>
        <source>The verification was stopped before the end: nothing is concluded about the audit trail.</source>
        <translation>検証は途中で中止されました。監査証跡について結論は出ていません。</translation>
    </message>
    <message>
        <source>Revision %1 of entry %2 refers to an earlier record that is no record made before it of the same kind: it was written outside Daicho.</source>
        <translation>記入 %2 の版 %1 が参照する先の記録は、それより前に作られた同じ種類の記録ではありません。Daicho の外で書かれたものです。</translation>
    </message>
    <message>
        <source>The search index differs from the entries&apos; texts: it was changed outside Daicho, and a search may miss entries.</source>
        <translation>検索用の索引が記入の内容と一致しません。Daicho の外で変更されており、検索で見つからない記入があるおそれがあります。</translation>
    </message>
    <message>
        <source>Entry %1 records step %2 of a case by person %3, but that person did not sign it: it was written outside Daicho.</source>
        <translation>記録 %1 は事案の手続 %2 を利用者 %3 が行ったとしていますが、その人は署名していません。Daicho の外で書き込まれています。</translation>
    </message>
    <message>
        <source>Entry %1 records version %2 of the desk&apos;s data, but its signer was not the chief officer or the acting chief who wrote it: it was written outside Daicho.</source>
        <translation>記録 %1 は相談窓口の設定の版 %2 を記録していますが、署名者はそれを書いた事務取扱責任者又はその代理者ではありません。Daicho の外で書き込まれています。</translation>
    </message>
    <message>
        <source>Case %1 is of a kind Daicho does not know.</source>
        <translation>事案 %1 は Daicho の知らない種類です。</translation>
    </message>
    <message>
        <source>Entry %1 records a step of case %2 under version %3 of the desk&apos;s data, which was not the version in force: it was written outside Daicho.</source>
        <translation>記録 %1 は事案 %2 の手続を相談窓口の設定の版 %3 で記録していますが、その版は当時有効な版ではありません。Daicho の外で書き込まれています。</translation>
    </message>
    <message>
        <source>Entry %1 records 「%2」 on case %3 by person %4, who as registrars recorded them then may not take that step (%5): it was written outside Daicho.</source>
        <translation>記録 %1 は事案 %3 の「%2」を利用者 %4 が行ったとしていますが、当時登録されていた役割・部署ではその手続は行えません（%5）。Daicho の外で書き込まれています。</translation>
    </message>
    <message>
        <source>a date out of order</source>
        <translation>日付の前後が合いません</translation>
    </message>
    <message>
        <source>Entry %1 records 「%2」 on case %3 with items Daicho would have refused (%4): it was written outside Daicho.</source>
        <translation>記録 %1 は事案 %3 の「%2」を、Daicho なら受け付けない内容で記録しています（%4）。Daicho の外で書き込まれています。</translation>
    </message>
    <message>
        <source>Case %1 is not what its signed events say: its list row or its deadlines were changed outside Daicho.</source>
        <translation>事案 %1 が署名された記録と一致しません。一覧の行又は期限が Daicho の外で変更されています。</translation>
    </message>
    <message>
        <source>The list of cases holds a case without its signed events: it was added outside Daicho.</source>
        <translation>事案の一覧に、署名された記録のない事案があります。Daicho の外で追加されています。</translation>
    </message>
    <message>
        <source>Entry %1 records version %2 of the public notice (第34条1項), but its signer was not the chief officer or the acting chief who published it: it was written outside Daicho.</source>
        <translation>記録 %1 は公表事項（第34条1項）の第%2版を記録していますが、署名者はそれを公表した事務取扱責任者又はその代理者ではありません。Daicho の外で書き込まれています。</translation>
    </message>
    <message>
        <source>Entry %1 records version %2 of the desk&apos;s data out of turn: Daicho numbers the versions 1, 2, 3 … in the order they are saved, and the next was %3. It was written outside Daicho.</source>
        <translation>記録 %1 は相談窓口の設定の版 %2 を順番どおりでなく記録しています。Daicho は版を保存した順に 1、2、3 … と番号を付け、次は %3 でした。Daicho の外で書き込まれています。</translation>
    </message>
    <message>
        <source>Entry %1 records version %2 of the desk&apos;s data with data Daicho would have refused (%3): it was written outside Daicho.</source>
        <translation>記録 %1 は相談窓口の設定の版 %2 を、Daicho なら受け付けない内容（%3）で記録しています。Daicho の外で書き込まれています。</translation>
    </message>
    <message>
        <source>Entry %1 records the receipt of case %2 out of turn: Daicho numbers the cases 1, 2, 3 … in the order they are received, and the next was %3. It was written outside Daicho.</source>
        <translation>記録 %1 は事案 %2 の受付を順番どおりでなく記録しています。Daicho は事案を受け付けた順に 1、2、3 … と番号を付け、次は %3 でした。Daicho の外で書き込まれています。</translation>
    </message>
    <message>
        <source>records 「%1」 without the ledger entry Daicho writes with it (%2)</source>
        <translation>「%1」を記録していますが、Daicho がそれとともに書く台帳の記録がないか、別のものです（%2）</translation>
    </message>
    <message>
        <source>Entry %1 records a step of a disposal that its author may not take (the chief approves and runs it; the acting chief or the auditor who did not approve it confirms it).</source>
        <translation>記録 %1 は、作成者が行えない廃棄の手続を記録しています（承認と実行は事務取扱責任者、確認は承認していない事務取扱責任者代理又は監査担当者が行います）。</translation>
    </message>
    <message>
        <source>Disposal run %1 is marked done, but the chief did not run it through Daicho: it was changed outside Daicho.</source>
        <translation>廃棄 第%1号は実行済みとされていますが、事務取扱責任者が Daicho で実行したものではありません。Daicho の外で変更されています。</translation>
    </message>
    <message>
        <source>The rows entry %1 recorded differ from what it recorded: they were changed outside Daicho.</source>
        <translation>記録 %1 が記録した行が、記録された内容と異なります。Daicho の外で変更されています。</translation>
    </message>
    <message>
        <source>Entry %1 sets the centre&apos;s retention periods, which only the chief officer sets, but the chief officer did not sign it.</source>
        <translation>記録 %1 はセンターの保存期間を設定していますが、これを定めるのは事務取扱責任者だけであり、事務取扱責任者の署名がありません。</translation>
    </message>
    <message>
        <source>Disposal run %1 is not what its steps recorded: it was changed outside Daicho.</source>
        <translation>廃棄 第%1号は、その手続の記録と一致しません。Daicho の外で変更されています。</translation>
    </message>
    <message>
        <source>Disposal run %1 no longer holds what the chief approved (the list, the holds, the method, the register entry or the fiscal year): it was changed outside Daicho.</source>
        <translation>廃棄 第%1号は、事務取扱責任者が承認した内容（対象の一覧、保留、方法、台帳登録簿の記入又は年度）と一致しません。Daicho の外で変更されています。</translation>
    </message>
    <message>
        <source>Disposal run %1 says it removed what its run did not record, or entries the chief did not approve and the second person did not confirm: it was changed outside Daicho.</source>
        <translation>廃棄 第%1号は、実行時に記録されなかったもの、又は事務取扱責任者が承認し確認者が確認していない記入を削除したとしています。Daicho の外で変更されています。</translation>
    </message>
    <message>
        <source>A disposal run says it removed row %1 of table %2, which the trail records of no entry the runs removed: it was removed outside Daicho.</source>
        <translation>廃棄の記録は表 %2 の行 %1 を削除したとしていますが、監査証跡上それは廃棄で削除された記入のものではありません。Daicho の外で削除されています。</translation>
    </message>
    <message>
        <source>The disposal runs say they removed entries of %1 whose first revisions the trail does not show removed with them, or first revisions of entries they did not remove: it was changed outside Daicho.</source>
        <translation>廃棄の記録は %1 の記入を削除したとしていますが、監査証跡上その最初の版が共に削除されていないか、削除していない記入の最初の版が削除されています。Daicho の外で変更されています。</translation>
    </message>
    <message>
        <source>Entry %1 sets the centre&apos;s retention periods as version %2, but the next version was %3: a version once set is never set again.</source>
        <translation>記録 %1 はセンターの保存期間を第%2版として設定していますが、次の版は第%3版でした。一度定めた版は再び設定されません。</translation>
    </message>
    <message>
        <source>Entry %1 records row %2 of a ledger without the key of its own Daicho gives every row, or under another version of the retention rules than the one in force then (%3): it was written outside Daicho.</source>
        <translation>記録 %1 が記録した台帳の行 %2 は、Daicho がすべての行に与える固有の鍵を持たないか、当時有効な保存期間の版（%3）と異なる版で書かれています。Daicho の外で書き込まれています。</translation>
    </message>
    <message>
        <source>Entry %1 of the ledgers has the id of an entry a disposal run removed, which Daicho never gives again: it was written outside Daicho.</source>
        <translation>台帳の記入 %1 は、廃棄で削除された記入の番号を使っています。Daicho はその番号を再び使いません。Daicho の外で書き込まれています。</translation>
    </message>
    <message>
        <source>A disposal run says it removed case %1, whose steps the trail does not show removed with it: it was changed outside Daicho.</source>
        <translation>廃棄の実行が事案 %1 を削除したと記録していますが、その経過が共に削除されたことを監査証跡が示していません。Daicho の外で変更されています。</translation>
    </message>
    <message>
        <source>Case %1 is still here although a disposal run says it removed it: the run&apos;s record was changed outside Daicho.</source>
        <translation>廃棄の実行が削除したと記録している事案 %1 が残っています。実行の記録が Daicho の外で変更されています。</translation>
    </message>
</context>
<context>
    <name>daicho::Backup</name>
    <message>
        <source>A file named %1 already exists. Choose another name; nothing was overwritten.</source>
        <translation>%1 という名前のファイルがすでにあります。別の名前を選んでください（上書きはしていません）。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist or cannot be written.</source>
        <translation>フォルダー %1 が存在しないか、書き込めません。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>ファイル %1 を読み込めません。</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>バックアップ %1 が見つかりません。</translation>
    </message>
</context>
<context>
    <name>daicho::BackupDestructionDialog</name>
    <message>
        <source>Record the backups destroyed</source>
        <translation>バックアップの破棄を記録</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（選択してください）</translation>
    </message>
    <message>
        <source>Data-erasure software (第20条1項(2))</source>
        <translation>データ消去ソフトウェアによる消去（第20条1項(2)）</translation>
    </message>
    <message>
        <source>Physical destruction (第20条1項(2))</source>
        <translation>物理的な破壊（第20条1項(2)）</translation>
    </message>
    <message>
        <source>The centre</source>
        <translation>センター</translation>
    </message>
    <message>
        <source>An outside firm (its certificate, 第10条⑤)</source>
        <translation>外部の業者（委託、証明書 第10条⑤）</translation>
    </message>
    <message>
        <source>The firm and its certificate of destruction</source>
        <translation>業者名と破壊・消去の証明書</translation>
    </message>
    <message>
        <source>&amp;Record in 様式1④</source>
        <translation>様式1④に記録(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) made before the disposal still hold what it deleted. Say how they were destroyed: the destruction is recorded in 様式1 (④削除・廃棄) without what they held (第20条2項).</source>
        <translation>
            <numerusform>廃棄の前に作成したバックアップ%n件には、削除した記録が残っています。どのように破棄したかを入力してください。破棄は様式1（④削除・廃棄）に、内容を含めずに記録します（第20条2項）。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方法(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Destroyed on:</source>
        <translation>破棄した日(&amp;D)：</translation>
    </message>
    <message>
        <source>Destroyed &amp;by:</source>
        <translation>破棄した者(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>証明書(&amp;C)：</translation>
    </message>
    <message>
        <source>Con&amp;firmed by:</source>
        <translation>確認者(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>daicho::BulkDecisionDialog</name>
    <message>
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message numerus="yes">
        <source>Decide on %n entries — %1</source>
        <translation>
            <numerusform>%n 件の記録の承認・確認 — %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries wait for your decision. Read each, then decide for all of them.</source>
        <translation>
            <numerusform>%n 件の記録があなたの判断を待っています。一件ずつ読んでから、まとめて判断してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>No. %1 — %2 — %3</source>
        <translation>No.%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Written by %1, version %2.</source>
        <translation>記入者 %1、第%2版。</translation>
    </message>
    <message>
        <source>Reason for the correction:</source>
        <translation>訂正の理由：</translation>
    </message>
    <message>
        <source>Changed in this version:</source>
        <translation>この版で変更された項目：</translation>
    </message>
    <message>
        <source>&amp;Comment for all of them (required to return them):</source>
        <translation>すべてに付けるコメント（差し戻す場合は必須）(&amp;C)：</translation>
    </message>
    <message>
        <source>Nothing was recorded</source>
        <translation>何も記録していません</translation>
    </message>
    <message>
        <source>Write in the comment what the writers should correct, then return the entries.</source>
        <translation>記入者が訂正すべき点をコメントに書いてから、差し戻してください。</translation>
    </message>
    <message>
        <source>No. %1: %2</source>
        <translation>No.%1：%2</translation>
    </message>
</context>
<context>
    <name>daicho::CarryOutLog</name>
    <message>
        <source>Entry No. %1 is not a carry-out waiting for its return.</source>
        <translation>No. %1 は返却待ちの持出しではありません。</translation>
    </message>
    <message>
        <source>Entry No. %1 is %2: its return is recorded once the head has approved the carry-out.</source>
        <translation>No. %1 は「%2」です。返却は部門責任者が持出しを承認してから記録します。</translation>
    </message>
</context>
<context>
    <name>daicho::CaseAccess</name>
    <message>
        <source>the desk (相談窓口)</source>
        <translation>相談窓口</translation>
    </message>
    <message>
        <source>the handling section</source>
        <translation>担当部署</translation>
    </message>
    <message>
        <source>the head of the handling section</source>
        <translation>担当部署の部門責任者</translation>
    </message>
    <message>
        <source>the chief officer or the acting chief</source>
        <translation>事務取扱責任者又はその代理者</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>daicho::CaseDialog</name>
    <message>
        <source>&amp;Print documents…</source>
        <translation>書類を印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>手続</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>記録した人</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>記録日時</translation>
    </message>
    <message>
        <source>History of the case</source>
        <translation>請求の経過</translation>
    </message>
    <message>
        <source>Print the request&apos;s documents (様式8–14)</source>
        <translation>請求の書類（様式8〜14）を印刷します</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>History</source>
        <translation>経過</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>次の手続</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>This case is of a kind this version of Daicho does not know (%1).</source>
        <translation>この請求は、このバージョンの台帳アプリが知らない種類です（%1）。</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種類：</translation>
    </message>
    <message>
        <source>Receipt No.:</source>
        <translation>受付番号：</translation>
    </message>
    <message>
        <source>Individual:</source>
        <translation>本人：</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>受付日：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状態：</translation>
    </message>
    <message>
        <source>Desk:</source>
        <translation>受付窓口：</translation>
    </message>
    <message>
        <source>Handling section:</source>
        <translation>担当部署：</translation>
    </message>
    <message>
        <source>Proposed section:</source>
        <translation>担当部署の提案：</translation>
    </message>
    <message>
        <source>%1 (第33条1項: the section handling the database concerned, else the desk)</source>
        <translation>%1（第33条1項：対象の個人情報データベース等の取扱部署、なければ窓口）</translation>
    </message>
    <message>
        <source>Desk data:</source>
        <translation>窓口の設定：</translation>
    </message>
    <message>
        <source>Version %1 — the deadlines count the closed days of the version in force at the receipt</source>
        <translation>第%1版 — 期限は受付時点の版の休業日で数えます</translation>
    </message>
    <message>
        <source>Due %1 — met on %2</source>
        <translation>期限 %1 — 済（%2）</translation>
    </message>
    <message>
        <source>Due %1 — withdrawn: no longer running</source>
        <translation>期限 %1 — 取下げにより終了</translation>
    </message>
    <message>
        <source>Rule…</source>
        <translation>根拠…</translation>
    </message>
    <message>
        <source>The rule behind the %1</source>
        <translation>%1の根拠</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>This case is closed: nothing more is due.</source>
        <translation>この請求は完了しています。残っている手続はありません。</translation>
    </message>
    <message>
        <source>You read this case to audit it (第15条): the auditor takes no step.</source>
        <translation>監査のため閲覧しています（第15条）。監査責任者は手続を行いません。</translation>
    </message>
    <message>
        <source>No step of this case is yours to take now.</source>
        <translation>いまあなたが行う手続はありません。</translation>
    </message>
    <message>
        <source>Proposed: %1 (第33条1項). Another section needs a reason below.</source>
        <translation>提案：%1（第33条1項）。ほかの部署とするときは、下に理由を書きます。</translation>
    </message>
    <message>
        <source>“%1” was recorded.</source>
        <translation>「%1」を記録しました。</translation>
    </message>
    <message>
        <source>The records of provision and receipt naming the individual, and their requests</source>
        <translation>この本人が記載された提供・受領の記録と、本人の請求</translation>
    </message>
    <message>
        <source>Records about this pe&amp;rson…</source>
        <translation>本人の記録(&amp;R)…</translation>
    </message>
    <message>
        <source>Recorded in %1 at the same time</source>
        <translation>%1にも記録しました</translation>
    </message>
    <message>
        <source>Recorded in %1 at the same time (%1 No.%2)</source>
        <translation>%1にも記録しました（%1 No.%2）</translation>
    </message>
    <message>
        <source>As named at the receipt.</source>
        <translation>受付のときに記録された対象です。</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>保存期間：</translation>
    </message>
</context>
<context>
    <name>daicho::CaseDocumentsDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDFに保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Print documents</source>
        <translation>書類の印刷</translation>
    </message>
    <message>
        <source>Choose the document. A notice prints once the request is decided; print it, send it, then record 「通知書の送付」.</source>
        <translation>書類を選んでください。通知書は決定の後に印刷できます。印刷して送付した後、「通知書の送付」を記録してください。</translation>
    </message>
    <message>
        <source>Documents of the case</source>
        <translation>事案の書類</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>%1 was printed.</source>
        <translation>%1を印刷しました。</translation>
    </message>
    <message>
        <source>Saved %1 as %2.</source>
        <translation>%1を %2 に保存しました。</translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>書類をPDFに保存</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>PDFファイル</translation>
    </message>
</context>
<context>
    <name>daicho::CaseProjection</name>
    <message>
        <source>Event %1 names a case kind or step (%2 %3) that Daicho does not know.</source>
        <translation>記録 %1 は Daicho の知らない事案の種類又は手続（%2 %3）を記録しています。</translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation>その事案はありません。</translation>
    </message>
    <message>
        <source>Case %1 is of a kind Daicho does not know.</source>
        <translation>事案 %1 は Daicho の知らない種類です。</translation>
    </message>
    <message>
        <source>A case has no events: its receipt was removed outside Daicho.</source>
        <translation>事案に記録がありません。受付の記録が Daicho の外で削除されています。</translation>
    </message>
    <message>
        <source>Case %1 does not begin with its receipt: its events were changed outside Daicho.</source>
        <translation>事案 %1 が受付から始まっていません。記録が Daicho の外で変更されています。</translation>
    </message>
    <message>
        <source>Case %1 has no date of receipt.</source>
        <translation>事案 %1 に受付日がありません。</translation>
    </message>
    <message>
        <source>Event %1 is out of place in case %2: the case&apos;s events were changed outside Daicho.</source>
        <translation>記録 %1 は事案 %2 の記録の並びに合いません。事案の記録が Daicho の外で変更されています。</translation>
    </message>
    <message>
        <source>Event %1 of case %2 takes a step (%3) that its state (%4) does not allow: it was written outside Daicho.</source>
        <translation>事案 %2 の記録 %1 は、その時点の状態（%4）では行えない手続（%3）です。Daicho の外で書き込まれています。</translation>
    </message>
</context>
<context>
    <name>daicho::CaseStore</name>
    <message>
        <source>You may not read this case: requests are read by the desk, the handling section, the chief officer and the auditor.</source>
        <translation>この事案は閲覧できません。請求を閲覧できるのは、相談窓口、担当部署、事務取扱責任者及び監査担当者です。</translation>
    </message>
    <message>
        <source>A case of this kind has no step called %1.</source>
        <translation>この種類の事案に「%1」という手続はありません。</translation>
    </message>
    <message>
        <source>Requests are received by %1 (第33条1項).</source>
        <translation>請求を受け付けるのは%1です（第33条1項）。</translation>
    </message>
    <message>
        <source>There is no kind of case called %1.</source>
        <translation>「%1」という種類の事案はありません。</translation>
    </message>
    <message>
        <source>Case %1 does not exist.</source>
        <translation>事案 %1 はありません。</translation>
    </message>
    <message>
        <source>This department is retired and takes no new cases. Choose one in use.</source>
        <translation>この部署は廃止済みのため、新しい事案を担当できません。使用中の部署を選んでください。</translation>
    </message>
    <message>
        <source>「%1」 is after today (%2). Enter the day it happened.</source>
        <translation>「%1」が今日（%2）より後の日付です。実際に行った日を入力してください。</translation>
    </message>
    <message>
        <source>「%1」 is before the request was received (%2). Check the date.</source>
        <translation>「%1」が請求の受付日（%2）より前です。日付を確かめてください。</translation>
    </message>
    <message>
        <source>「%1」 cannot be done now: the case is %2 and nothing more is done on it.</source>
        <translation>「%1」は今は行えません。事案は「%2」で、これ以上の手続はありません。</translation>
    </message>
    <message>
        <source>「%1」 cannot be done now: the case is %2. What can be done now: %3.</source>
        <translation>「%1」は今は行えません。事案は「%2」です。今できる手続：%3。</translation>
    </message>
    <message>
        <source>「%1」 is done by %2 (%3).</source>
        <translation>「%1」を行うのは%2です（%3）。</translation>
    </message>
    <message>
        <source>「%1」 answers a question to the requester: record the question first (%2).</source>
        <translation>「%1」は請求者への照会に対する回答です。先に照会を記録してください（%2）。</translation>
    </message>
    <message>
        <source>「%1」 is recorded only after 「%2」 granted the request (%3).</source>
        <translation>「%1」は、「%2」で請求に応じると決めた後に記録します（%3）。</translation>
    </message>
    <message>
        <source>The section chosen is not the one proposed (第33条1項: the health-check section that handles the database, else the desk). Say why.</source>
        <translation>選んだ部署は、提案された担当部署（第33条1項：データベースを取り扱う健診事業の部署、それ以外は相談窓口）と異なります。理由を書いてください。</translation>
    </message>
    <message>
        <source>「%1」 cannot be dated before 「%2」 (%3).</source>
        <translation>「%1」の日付は「%2」の日（%3）より前にはできません。</translation>
    </message>
    <message>
        <source>Record 「%1」 before 「%2」 (%3).</source>
        <translation>「%2」の前に「%1」を記録してください（%3）。</translation>
    </message>
    <message>
        <source>「%1」 does not apply to this request (%2).</source>
        <translation>「%1」はこの請求には当たりません（%2）。</translation>
    </message>
</context>
<context>
    <name>daicho::CaseText</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 No. %2</source>
        <translation>%1 第%2号</translation>
    </message>
    <message>
        <source>Met (%1)</source>
        <translation>済（%1）</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>取下げ</translation>
    </message>
    <message>
        <source>The last day fell on a day the desk is closed: moved to the next open day (民法第142条).</source>
        <translation>末日が窓口の休業日に当たるため、翌開庁日まで延びています（民法第142条）。</translation>
    </message>
    <message>
        <source>The last day is a day the desk is closed; the rule keeps it.</source>
        <translation>末日は窓口の休業日ですが、この期限は延びません。</translation>
    </message>
    <message>
        <source>Provisional: a holiday not yet announced in the 官報 took part; the date may change.</source>
        <translation>暫定：官報で未公示の祝日（推定）が関わっています。日付が変わることがあります。</translation>
    </message>
    <message>
        <source>%1 stops this clock until the requester answers.</source>
        <translation>%1をすると、請求者の回答まで期限が止まります。</translation>
    </message>
    <message>
        <source>Nothing stops this clock.</source>
        <translation>この期限は止まりません。</translation>
    </message>
    <message>
        <source>%1 does not stop this clock: the regulation gives it no pause.</source>
        <translation>%1をしても、この期限は止まりません（規程に停止の定めはありません）。</translation>
    </message>
    <message>
        <source>How the date came out:</source>
        <translation>日付の求め方：</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>規定：%1</translation>
    </message>
</context>
<context>
    <name>daicho::ChainAnchors</name>
    <message>
        <source>The key file says what %1 last saw of the audit trail, but that record is not signed by %1 or names no entry: it was altered outside Daicho.</source>
        <translation>鍵ファイルには %1 が最後に確認した監査証跡の位置がありますが、%1 の署名がないか、記録を指していません。Daicho の外で書き換えられています。</translation>
    </message>
    <message>
        <source>The key slot of %1, which the database records, is missing from the key file.</source>
        <translation>データベースが記録している %1 の鍵スロットが、鍵ファイルにありません。</translation>
    </message>
    <message>
        <source>The key slot of %1 records that they last saw entry %2, but they signed in later (entry %3): the key file was put back from an older copy.</source>
        <translation>%1 の鍵スロットは最後に確認した記録を %2 としていますが、その後にサインインしています（記録 %3）。鍵ファイルが古い複製で戻されています。</translation>
    </message>
    <message>
        <source>%1 signed in (entry %2), but their key slot records nothing of what they saw: it was taken out of the key file.</source>
        <translation>%1 はサインインしていますが（記録 %2）、その鍵スロットに確認した位置の記録がありません。鍵ファイルから取り除かれています。</translation>
    </message>
    <message>
        <source>The audit trail does not contain entry %1, which the key slot of %2 says they saw on %3: either its newest entries were cut off outside Daicho, or that claim was written outside Daicho with %2&apos;s key. Tell the auditor; the chief officer can set the claim aside when signing in (daicho-cli anchor dismiss %2).</source>
        <translation>監査証跡に記録 %1 がありません。%2 の鍵スロットは %3 にそれを確認したと記録しています。監査証跡の最新の記録が Daicho の外で切り取られたか、その主張が %2 の鍵で Daicho の外から書かれたかのどちらかです。監査担当者に連絡してください。事務取扱責任者はサインイン時にその主張を退けられます（daicho-cli anchor dismiss %2）。</translation>
    </message>
    <message>
        <source>Entry %1 of the audit trail is not the one the key slot of %2 says they saw on %3: either the trail was rewritten outside Daicho, or that claim was written outside Daicho with %2&apos;s key. Tell the auditor; the chief officer can set the claim aside when signing in (daicho-cli anchor dismiss %2).</source>
        <translation>監査証跡の記録 %1 が、%2 の鍵スロットが %3 に確認したと記録しているものと異なります。監査証跡が Daicho の外で書き換えられたか、その主張が %2 の鍵で Daicho の外から書かれたかのどちらかです。監査担当者に連絡してください。事務取扱責任者はサインイン時にその主張を退けられます（daicho-cli anchor dismiss %2）。</translation>
    </message>
</context>
<context>
    <name>daicho::ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>パスワードの変更</translation>
    </message>
    <message>
        <source>This is your first sign-in with the password you were given. Choose your own password now; nobody else should know it.</source>
        <translation>渡された初期パスワードでの最初のサインインです。ご自身だけが知るパスワードを今ここで設定してください。</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>現在のパスワード(&amp;C):</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>パスワードを変更(&amp;H)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>現在のパスワードを入力してください。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新しいパスワードは現在のものと違うものにしてください。</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>パスワードを変更しています…</translation>
    </message>
</context>
<context>
    <name>daicho::CheckFieldEditor</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
</context>
<context>
    <name>daicho::CheckItemEditorDialog</name>
    <message>
        <source>Add a check item</source>
        <translation>チェック項目の追加</translation>
    </message>
    <message>
        <source>Change a check item</source>
        <translation>チェック項目の変更</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>e.g. 第19条2項</source>
        <translation>例：第19条2項</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>区分(&amp;A)：</translation>
    </message>
    <message>
        <source>A&amp;rticle:</source>
        <translation>条項(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;What is checked:</source>
        <translation>確認する内容(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>%1 of at most %2 characters</source>
        <translation>%1／最大%2文字</translation>
    </message>
</context>
<context>
    <name>daicho::CheckItems</name>
    <message>
        <source>Choose the area the check item belongs to.</source>
        <translation>チェック項目の区分を選んでください。</translation>
    </message>
    <message>
        <source>Enter what the auditor checks.</source>
        <translation>監査で確認する内容を入力してください。</translation>
    </message>
    <message>
        <source>The check item is too long: at most %1 characters.</source>
        <translation>チェック項目が長すぎます（最大%1文字）。</translation>
    </message>
    <message>
        <source>The article is too long: at most 40 characters (e.g. 第19条2項).</source>
        <translation>条項が長すぎます（最大40文字。例：第19条2項）。</translation>
    </message>
    <message>
        <source>The check item does not exist (any more). Reopen the list.</source>
        <translation>このチェック項目は存在しません（削除されたか変更されています）。一覧を開き直してください。</translation>
    </message>
</context>
<context>
    <name>daicho::CheckItemsDialog</name>
    <message>
        <source>Nobody is signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>Only the chief and the acting chief change the check items.</source>
        <translation>チェック項目を変更できるのは事務取扱責任者と代行者だけです。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下へ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>使用をやめる(&amp;R)</translation>
    </message>
    <message>
        <source>Check items of the monitoring sheet</source>
        <translation>モニタリングシートのチェック項目</translation>
    </message>
    <message>
        <source>One place up within its area (Ctrl+Up)</source>
        <translation>区分の中で一つ上へ（Ctrl+↑）</translation>
    </message>
    <message>
        <source>One place down within its area (Ctrl+Down)</source>
        <translation>区分の中で一つ下へ（Ctrl+↓）</translation>
    </message>
    <message>
        <source>New sheets leave a retired item out; the sheets that have it keep it</source>
        <translation>使用をやめた項目は新しいシートに入りません。記入済みのシートには残ります</translation>
    </message>
    <message>
        <source>Every new monitoring sheet (様式4) starts with the items in use, in this order (第15条).</source>
        <translation>新しいモニタリングシート（様式4）は、使用中の項目をこの順に並べて始まります（第15条）。</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>Check item</source>
        <translation>チェック項目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>使用停止</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in use</source>
        <translation>
            <numerusform>使用中 %n 項目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retired</source>
        <translation>
            <numerusform>使用停止 %n 項目</numerusform>
        </translation>
    </message>
    <message>
        <source>Put back in &amp;use</source>
        <translation>使用を再開(&amp;U)</translation>
    </message>
    <message>
        <source>The check item was added at the end of its area.</source>
        <translation>チェック項目を区分の末尾に追加しました。</translation>
    </message>
    <message>
        <source>The check item was changed. Sheets already written keep the old wording.</source>
        <translation>チェック項目を変更しました。記入済みのシートは元の文言のままです。</translation>
    </message>
    <message>
        <source>The check item was moved up.</source>
        <translation>チェック項目を一つ上へ移動しました。</translation>
    </message>
    <message>
        <source>The check item was moved down.</source>
        <translation>チェック項目を一つ下へ移動しました。</translation>
    </message>
    <message>
        <source>The check item is in use again: new sheets include it.</source>
        <translation>チェック項目の使用を再開しました。新しいシートに含まれます。</translation>
    </message>
    <message>
        <source>The check item was retired: new sheets leave it out.</source>
        <translation>チェック項目の使用をやめました。新しいシートには含まれません。</translation>
    </message>
</context>
<context>
    <name>daicho::Checklist</name>
    <message>
        <source>Not yet checked</source>
        <translation>未記入</translation>
    </message>
    <message>
        <source>Conforms</source>
        <translation>適合</translation>
    </message>
    <message>
        <source>Does not conform</source>
        <translation>不適合</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>該当なし</translation>
    </message>
</context>
<context>
    <name>daicho::ChecklistDelegate</name>
    <message>
        <source>Enter finishes; Shift+Enter starts a new line</source>
        <translation>Enterで確定、Shift+Enterで改行</translation>
    </message>
</context>
<context>
    <name>daicho::ChecklistExport</name>
    <message>
        <source>This entry has no check items to export.</source>
        <translation>この記録には出力するチェック項目がありません。</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932) cannot hold every character of this sheet. Export as UTF-8 or Excel instead.</source>
        <translation>このシートにはShift_JIS（CP932）で表せない文字があります。UTF-8またはExcelで出力してください。</translation>
    </message>
</context>
<context>
    <name>daicho::ChecklistFieldEditor</name>
    <message>
        <source>Start from the current check items</source>
        <translation>現在のチェック項目から始める</translation>
    </message>
    <message>
        <source>Start from the previous sheet…</source>
        <translation>前回のシートから始める…</translation>
    </message>
    <message>
        <source>New lines from the check items the chief keeps, with nothing filled in</source>
        <translation>事務取扱責任者が管理するチェック項目から、未記入の行を作ります</translation>
    </message>
    <message>
        <source>The lines of the newest earlier sheet, with the results and comments cleared</source>
        <translation>直近の以前のシートの行を、結果とコメントを消して使います</translation>
    </message>
    <message>
        <source>Result: 1 Conforms · 2 Does not conform · 3 Not applicable · 0 clears. Enter edits the evidence or comment.</source>
        <translation>結果：1 適合・2 不適合・3 該当なし・0 消去。Enterで確認資料・コメントを編集。</translation>
    </message>
    <message>
        <source>Replace the lines</source>
        <translation>行の置き換え</translation>
    </message>
    <message numerus="yes">
        <source>Results, evidence or comments are already filled in. Start again and replace all %n line(s) with what was filled in?</source>
        <translation>
            <numerusform>結果・確認資料・コメントが記入済みです。記入した内容ごと %n 行すべてを置き換えてやり直しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>The lines were not replaced</source>
        <translation>行は置き換えていません</translation>
    </message>
    <message>
        <source>No previous sheet</source>
        <translation>以前のシートがありません</translation>
    </message>
    <message>
        <source>The previous sheet (entry No. %1) has no lines to start from.</source>
        <translation>以前のシート（番号 %1）には引き継げる行がありません。</translation>
    </message>
    <message>
        <source>There is no earlier monitoring sheet to start from. Start from the current check items instead.</source>
        <translation>引き継げる以前のモニタリングシートがありません。現在のチェック項目から始めてください。</translation>
    </message>
    <message>
        <source>entry No. %1 of %2</source>
        <translation>%2 の番号 %1</translation>
    </message>
    <message>
        <source>(fiscal year %1)</source>
        <translation>（%1）</translation>
    </message>
    <message numerus="yes">
        <source>The %n line(s) of the previous sheet, %1, are copied with their results and comments cleared.</source>
        <translation>
            <numerusform>以前のシート（%1）の %n 行を、結果とコメントを消して写します。</numerusform>
        </translation>
    </message>
    <message>
        <source>What is filled in now is replaced.</source>
        <translation>いま記入してある内容は置き換わります。</translation>
    </message>
    <message>
        <source>Keep the evidence seen then, as a starting point to confirm?
Yes: keep the evidence. No: leave it empty. Cancel: change nothing.</source>
        <translation>前回の確認資料を、確認し直す前提で引き継ぎますか？
はい：確認資料を引き継ぐ。いいえ：空欄にする。キャンセル：何も変えない。</translation>
    </message>
    <message>
        <source>Start from the previous sheet</source>
        <translation>前回のシートから始める</translation>
    </message>
    <message>
        <source>The lines of this sheet cannot be shown by this version; they are kept unless the sheet is started again.</source>
        <translation>このシートの行はこの版では表示できません。シートをやり直さない限り、そのまま保存されます。</translation>
    </message>
    <message>
        <source>No lines yet.</source>
        <translation>まだ行がありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a result and the number of lines with it</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>daicho::ChecklistModel</name>
    <message>
        <source>1 Conforms, 2 Does not conform, 3 Not applicable, 0 or Delete clears</source>
        <translation>1 適合、2 不適合、3 該当なし、0またはDeleteで消去</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>Check item</source>
        <translation>チェック項目</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Evidence seen</source>
        <translation>確認した資料等</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
</context>
<context>
    <name>daicho::ChecklistSources</name>
    <message>
        <source>Nobody is signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
</context>
<context>
    <name>daicho::CheckpointDialog</name>
    <message>
        <source>Checkpoint signed</source>
        <translation>チェックポイントの署名</translation>
    </message>
    <message>
        <source>Print this checkpoint, or copy the code by hand, and keep it outside the PC (for example with the monitoring sheet). It lets anyone check later that no entry up to here was removed.</source>
        <translation>このチェックポイントを印刷するかコードを書き写し、PCの外（モニタリングシートと一緒になど）に保管してください。ここまでの記録が削除されていないことを、後日だれでも確認できます。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDFに保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the checkpoint as PDF</source>
        <translation>チェックポイントをPDFに保存</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文書</translation>
    </message>
</context>
<context>
    <name>daicho::CheckpointSigning</name>
    <message>
        <source>No checkpoint was signed: the audit trail does not verify (%1).</source>
        <translation>チェックポイントは署名されませんでした。監査証跡の検証に失敗しています（%1）。</translation>
    </message>
    <message>
        <source>The first entry that fails is No. %1.</source>
        <translation>最初に失敗した記録は No. %1 です。</translation>
    </message>
    <message>
        <source>A checkpoint would vouch for it. The chief and the auditor look at the failure first; sign once the trail verifies again.</source>
        <translation>このままチェックポイントを署名すると、改ざんされた証跡を保証することになります。まず事務取扱責任者と監査担当者が失敗の内容を確認し、検証が通るようになってから署名してください。</translation>
    </message>
</context>
<context>
    <name>daicho::Cli</name>
    <message>
        <source>Passwords and recovery keys are read from standard input only, never from the command line (%1 is refused).</source>
        <translation>パスワードと回復キーは標準入力からだけ読み取ります。コマンドラインでは受け付けません（%1 は使えません）。</translation>
    </message>
    <message>
        <source>The option %1 takes no value.</source>
        <translation>オプション %1 には値を付けません。</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>オプション %1 には値が必要です。</translation>
    </message>
    <message>
        <source>The option %1 is given twice.</source>
        <translation>オプション %1 が2回指定されています。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>%1 というオプションはありません。</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file.</source>
        <translation>%1 は既にあります。バックアップは既存のファイルを上書きしません。</translation>
    </message>
    <message>
        <source>Wrote the backup %1 and its key file %2. Keep both together: without the key file the backup cannot be opened.</source>
        <translation>バックアップ %1 と鍵ファイル %2 を書き出しました。必ず2つ一緒に保管してください。鍵ファイルがないとバックアップは開けません。</translation>
    </message>
    <message>
        <source>Name the person who signs in to verify the restored copy with --user ID.</source>
        <translation>復元したデータベースを検証するためにサインインする人を --user ID で指定してください。</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>%1 にバックアップがありません。</translation>
    </message>
    <message>
        <source>Restored %1 to %2; verifying it now.</source>
        <translation>%1 を %2 に復元しました。これから検証します。</translation>
    </message>
    <message>
        <source>Unexpected error (code %1).</source>
        <translation>予期しないエラーです（コード %1）。</translation>
    </message>
    <message>
        <source>usage: daicho-cli %1</source>
        <translation>使い方: daicho-cli %1</translation>
    </message>
    <message>
        <source>Name the database with --db PATH.</source>
        <translation>データベースを --db PATH で指定してください。</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 にデータベースがありません。</translation>
    </message>
    <message>
        <source>%1 is not a database file.</source>
        <translation>%1 はデータベースファイルではありません。</translation>
    </message>
    <message>
        <source>Name the new database with --db PATH.</source>
        <translation>新しいデータベースを --db PATH で指定してください。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or move it away.</source>
        <translation>%1 は既にあります。別の名前にするか、既存のファイルを移動してください。</translation>
    </message>
    <message>
        <source>Name the person signing in with --user ID.</source>
        <translation>サインインする人を --user ID で指定してください。</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 のパスワード:</translation>
    </message>
    <message>
        <source>Created the demo database %1. It is for trying only: its passwords are public, so never keep real personal data in it.</source>
        <translation>デモ用データベース %1 を作成しました。試用専用です。パスワードは公開されているので、実際の個人情報は決して入れないでください。</translation>
    </message>
    <message>
        <source>There is no department &quot;%1&quot;. Choose one of: %2.</source>
        <translation>「%1」という部署はありません。次から選んでください: %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one department. Choose one of: %2.</source>
        <translation>「%1」に当てはまる部署が複数あります。次から選んでください: %2。</translation>
    </message>
    <message>
        <source>RECOVERY KEY - shown only this once. Write it down or print it now and keep it locked away from this PC:</source>
        <translation>回復キー（表示はこの1回だけです）。今すぐ書き留めるか印刷し、このPCから離れた施錠できる場所に保管してください:</translation>
    </message>
    <message>
        <source>Anyone who has it can give the chief a new password and open the database; without it, a forgotten chief&apos;s password cannot be recovered.</source>
        <translation>このキーを持つ人は誰でも事務取扱責任者に新しいパスワードを設定し、データベースを開けます。キーがなければ、忘れた事務取扱責任者のパスワードは回復できません。</translation>
    </message>
    <message>
        <source>Give the organisation&apos;s name with --org NAME.</source>
        <translation>組織名を --org NAME で指定してください。</translation>
    </message>
    <message>
        <source>Give the chief&apos;s sign-in ID with --user ID.</source>
        <translation>事務取扱責任者のサインインIDを --user ID で指定してください。</translation>
    </message>
    <message>
        <source>Give the chief&apos;s name with --name NAME.</source>
        <translation>事務取扱責任者の氏名を --name NAME で指定してください。</translation>
    </message>
    <message>
        <source>New password for %1 (at least %2 characters):</source>
        <translation>%1 の新しいパスワード（%2 文字以上）:</translation>
    </message>
    <message>
        <source>Created %1 and its key file %2; chief: %3.</source>
        <translation>%1 と鍵ファイル %2 を作成しました。事務取扱責任者: %3。</translation>
    </message>
    <message>
        <source>The database key was rotated; every password and the recovery key still work. Older backups keep the old key.</source>
        <translation>データベースの鍵を更新しました。すべてのパスワードと回復キーは引き続き使えます。以前のバックアップは古い鍵のままです。</translation>
    </message>
    <message>
        <source>Name the chief or acting chief who gets a new password with --user ID.</source>
        <translation>新しいパスワードを設定する事務取扱責任者または代行者を --user ID で指定してください。</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>回復キー:</translation>
    </message>
    <message>
        <source>%1 has a new password and the database key was rotated. The old recovery key no longer works; this is the new one.</source>
        <translation>%1 に新しいパスワードを設定し、データベースの鍵を更新しました。古い回復キーはもう使えません。新しい回復キーは次のとおりです。</translation>
    </message>
    <message>
        <source>Standard input ended before a password was read (give one per line).</source>
        <translation>パスワードを読み取る前に標準入力が終わりました（1行に1つずつ入力してください）。</translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation>確認のため同じパスワードをもう一度:</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>2回入力したパスワードが一致しません。何も変更していません。</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>%1 という利用者はいません。</translation>
    </message>
    <message>
        <source>Give the person&apos;s name with --name NAME.</source>
        <translation>氏名を --name NAME で指定してください。</translation>
    </message>
    <message>
        <source>Give the role with --role, one of: %1.</source>
        <translation>役割を --role で指定してください（次のいずれか: %1）。</translation>
    </message>
    <message>
        <source>Added %1 (%2). They must change this password at first sign-in.</source>
        <translation>%1（%2）を追加しました。初回サインイン時にこのパスワードの変更が必要です。</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>パスワードを変更しました。</translation>
    </message>
    <message>
        <source>The password of %1 was reset; they must change it at next sign-in.</source>
        <translation>%1 のパスワードを再設定しました。次回サインイン時に変更が必要です。</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>The database key was rotated.</source>
        <translation>データベースの鍵を更新しました。</translation>
    </message>
    <message>
        <source>They may still know the current database key: run &quot;daicho-cli rekey&quot; (or remove with --rekey) to rotate it.</source>
        <translation>削除した人が現在のデータベースの鍵を控えている可能性があります。「daicho-cli rekey」を実行して（または --rekey を付けて削除して）鍵を更新してください。</translation>
    </message>
    <message>
        <source>Unlocked %1.</source>
        <translation>%1 のロックを解除しました。</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>パスワード変更待ち</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>usage: daicho-cli user add|passwd|remove|unlock|list ...</source>
        <translation>使い方: daicho-cli user add|passwd|remove|unlock|list ...</translation>
    </message>
    <message>
        <source>Verification failed at entry %1: %2</source>
        <translation>検証に失敗しました（記録 %1）: %2</translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation>検証に失敗しました: %1</translation>
    </message>
    <message>
        <source>OK: %1 audit entries and %2 rows checked; the chain ends at entry %3 (%4).</source>
        <translation>OK: 監査記録 %1 件と行 %2 件を検証しました。記録の連鎖は記録 %3（%4）で終わります。</translation>
    </message>
    <message>
        <source>Signing keys (compare with the printed checkpoint):</source>
        <translation>署名鍵（印刷したチェックポイントと照合してください）:</translation>
    </message>
    <message>
        <source>Write this code on the monitoring sheet or print it, and keep it away from this PC: &quot;daicho-cli verify --checkpoint %1&quot; proves later that no entry up to here was removed or replaced.</source>
        <translation>このコードをモニタリングシートに書き写すか印刷し、このPCから離れた場所に保管してください。後で「daicho-cli verify --checkpoint %1」を実行すると、ここまでの記録が削除も差し替えもされていないことを確かめられます。</translation>
    </message>
    <message>
        <source>create a database and its chief (password twice)</source>
        <translation>データベースと事務取扱責任者を作成する（パスワードは2回入力）</translation>
    </message>
    <message>
        <source>create the demo database (for trying only)</source>
        <translation>デモ用データベースを作成する（試用専用）</translation>
    </message>
    <message>
        <source>add a person (roles: chief, acting_chief, head, staff, auditor)</source>
        <translation>利用者を追加する（役割: chief, acting_chief, head, staff, auditor）</translation>
    </message>
    <message>
        <source>change your own password, or reset ID&apos;s (chief)</source>
        <translation>自分のパスワードを変更する、または ID のパスワードを再設定する（事務取扱責任者）</translation>
    </message>
    <message>
        <source>remove a person (and rotate the database key)</source>
        <translation>利用者を削除する（併せてデータベースの鍵を更新する）</translation>
    </message>
    <message>
        <source>unlock a person locked by failed sign-ins</source>
        <translation>サインインの失敗でロックされた利用者のロックを解除する</translation>
    </message>
    <message>
        <source>list the people (--all: with removed ones)</source>
        <translation>利用者の一覧を表示する（--all: 削除済みも含む）</translation>
    </message>
    <message>
        <source>check the audit trail, its signatures and rows</source>
        <translation>監査記録とその署名・行を検証する</translation>
    </message>
    <message>
        <source>sign an audit checkpoint (auditor) and print its code</source>
        <translation>監査チェックポイントに署名し、コードを表示する（監査）</translation>
    </message>
    <message>
        <source>write an encrypted copy and its key file to DEST</source>
        <translation>暗号化したコピーと鍵ファイルを DEST に書き出す</translation>
    </message>
    <message>
        <source>copy a backup to DEST, then sign in and verify it</source>
        <translation>バックアップを DEST に復元し、サインインして検証する</translation>
    </message>
    <message>
        <source>rotate the database key</source>
        <translation>データベースの鍵を更新する</translation>
    </message>
    <message>
        <source>give ID a new password with the recovery key</source>
        <translation>回復キーを使って ID に新しいパスワードを設定する</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>使い方:</translation>
    </message>
    <message>
        <source>Passwords and recovery keys are read from standard input, one per line, never from the command line. --db names the database, --user who signs in.</source>
        <translation>パスワードと回復キーは標準入力から1行に1つずつ読み取り、コマンドラインでは受け付けません。--db でデータベースを、--user でサインインする人を指定します。</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 usage or invalid input, 2 sign-in failed, 3 locked or try later, 4 not permitted, 5 not found or not a database, 6 verification failed or tampered, 7 input/output error, 8 version mismatch, 9 internal error. See docs/cli.md.</source>
        <translation>終了コード: 0 成功、1 使い方または入力の誤り、2 サインイン失敗、3 ロック中または時間をおいて再試行、4 権限なし、5 見つからないかデータベースではない、6 検証失敗または改ざん、7 入出力エラー、8 バージョン不一致、9 内部エラー。詳しくは docs/cli.md を参照してください。</translation>
    </message>
    <message>
        <source>No command given. Try &quot;daicho-cli --help&quot;.</source>
        <translation>コマンドが指定されていません。「daicho-cli --help」を参照してください。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Try &quot;daicho-cli --help&quot;.</source>
        <translation>「%1」というコマンドはありません。「daicho-cli --help」を参照してください。</translation>
    </message>
    <message>
        <source>daicho-cli: the database key could not be rotated yet: %1 Run &quot;daicho-cli rekey&quot; as soon as possible.</source>
        <translation>daicho-cli: データベースの鍵はまだ更新できていません：%1 できるだけ早く「daicho-cli rekey」を実行してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a printed code of the audit trail (SEQ:XXXXX-XXXXX-XXXXX-XXXXX-XXXXX, from a checkpoint, a printed page or an export).</source>
        <translation>「%1」は監査証跡のコードではありません（番号:XXXXX-XXXXX-XXXXX-XXXXX-XXXXX の形で、チェックポイント・印刷物・出力ファイルに記載されています）。</translation>
    </message>
    <message numerus="yes">
        <source>%n printed code(s) matched.</source>
        <translation>
            <numerusform>印刷されたコード %n 件が一致しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>These key slots were in the key file but are not slots of active people, so they did not receive the new key: %1. Someone put them there outside Daicho; tell the auditor.</source>
        <translation>次の鍵スロットは鍵ファイルにありましたが、在籍者のスロットではないため新しい鍵を受け取っていません：%1。Daicho の外で置かれたものです。監査担当者に連絡してください。</translation>
    </message>
    <message>
        <source>set aside key slots&apos; failing claims of what they saw (chief, audited)</source>
        <translation>鍵スロットの成り立たない確認位置の主張を退ける（事務取扱責任者、監査証跡に記録）</translation>
    </message>
</context>
<context>
    <name>daicho::ComboFieldEditor</name>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
</context>
<context>
    <name>daicho::CreateDatabaseDialog</name>
    <message>
        <source>Create a new database</source>
        <translation>新しいデータベースを作成</translation>
    </message>
    <message>
        <source>The database is one encrypted file; a key file beside it holds each person&apos;s key slot. Keep the two together and back them up together. The first user is the %1, who adds the others.</source>
        <translation>データベースは暗号化された1つのファイルで、同じ場所の鍵ファイルに各利用者のキースロットが入ります。2つのファイルは必ず一緒に保管し、一緒にバックアップしてください。最初の利用者は%1で、ほかの利用者を登録します。</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <source>Database &amp;file:</source>
        <translation>データベースファイル(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>組織名(&amp;O):</translation>
    </message>
    <message>
        <source>Chief&apos;s sign-in &amp;ID:</source>
        <translation>責任者のサインインID(&amp;I):</translation>
    </message>
    <message>
        <source>Chief&apos;s &amp;name:</source>
        <translation>責任者の氏名(&amp;N):</translation>
    </message>
    <message>
        <source>Chief&apos;s &amp;password:</source>
        <translation>責任者のパスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <source>Where to create the database</source>
        <translation>データベースの作成場所</translation>
    </message>
    <message>
        <source>Choose where to create the database file.</source>
        <translation>データベースファイルの作成場所を選んでください。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; an existing database is never overwritten.</source>
        <translation>%1 はすでに存在します。別の名前を指定してください。既存のデータベースを上書きすることはありません。</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name; it is printed on every form.</source>
        <translation>組織名を入力してください。すべての様式に印字されます。</translation>
    </message>
    <message>
        <source>Enter the chief&apos;s name.</source>
        <translation>責任者の氏名を入力してください。</translation>
    </message>
    <message>
        <source>Creating the database. Measuring this PC to set the strength of the password keys takes a few seconds…</source>
        <translation>データベースを作成しています。パスワード鍵の強度をこのPCに合わせて調整するため、数秒かかります…</translation>
    </message>
    <message>
        <source>Daicho database</source>
        <translation>台帳データベース</translation>
    </message>
</context>
<context>
    <name>daicho::Csv</name>
    <message>
        <source>Line %1: the double quote (&quot;) that starts a field there is never closed. Add the closing quote; a quote inside a field is written twice (&quot;&quot;).</source>
        <translation>%1 行目：項目を始める二重引用符（&quot;）が閉じられていません。閉じる引用符を追加してください。項目の中の引用符は2つ重ねて（&quot;&quot;）書きます。</translation>
    </message>
    <message>
        <source>This file is neither UTF-8 nor Shift_JIS (CP932) text, so it cannot be read. Open it in Excel, save it with &quot;Save As&quot; and the file type &quot;CSV UTF-8 (Comma delimited)&quot;, then import the saved file.</source>
        <translation>このファイルは UTF-8 でも Shift_JIS（CP932）でもないため読み込めません。Excel で開き、「名前を付けて保存」でファイルの種類「CSV UTF-8（コンマ区切り）」を選んで保存し、そのファイルを取り込んでください。</translation>
    </message>
</context>
<context>
    <name>daicho::CsvExportDialog</name>
    <message>
        <source>&amp;UTF-8 (Excel)</source>
        <translation>&amp;UTF-8（Excel）</translation>
    </message>
    <message>
        <source>&amp;Shift_JIS (CP932)</source>
        <translation>&amp;Shift_JIS（CP932）</translation>
    </message>
    <message>
        <source>&amp;Choose the file…</source>
        <translation>ファイルを選ぶ(&amp;C)…</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>CSVに出力</translation>
    </message>
    <message>
        <source>Encoding of the file:</source>
        <translation>ファイルの文字コード：</translation>
    </message>
    <message>
        <source>Holds every character. Excel opens it with a double-click; recommended.</source>
        <translation>すべての文字を保存できます。Excel でダブルクリックして開けます（推奨）。</translation>
    </message>
    <message>
        <source>For older programs that read only Shift_JIS. Characters it cannot hold (𠮷, 〜, emoji) are listed first, and nothing is written with them.</source>
        <translation>Shift_JIS しか読めない古いソフト向けです。保存できない文字（𠮷、〜、絵文字など）があれば先に一覧を示し、その場合は書き出しません。</translation>
    </message>
</context>
<context>
    <name>daicho::Database</name>
    <message>
        <source>The database key has the wrong length.</source>
        <translation>データベースの鍵の長さが正しくありません。</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>データベースファイル %1 が見つかりません。</translation>
    </message>
    <message>
        <source>A file named %1 already exists. Choose another name; nothing was overwritten.</source>
        <translation>%1 という名前のファイルがすでにあります。別の名前を選んでください（上書きはしていません）。</translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not a Daicho database.</source>
        <translation>ファイル %1 は空です。台帳のデータベースではありません。</translation>
    </message>
    <message>
        <source>Triggers could not be disabled on the database connection.</source>
        <translation>データベース接続でトリガーを無効にできませんでした。</translation>
    </message>
    <message>
        <source>The database engine did not accept a required setting. Install the sqlcipher package of Debian 12.</source>
        <translation>データベースエンジンが必要な設定を受け付けませんでした。Debian 12 の sqlcipher パッケージを入れてください。</translation>
    </message>
    <message>
        <source>The file is not a Daicho database, or the key does not open it. Check that you chose the right file.</source>
        <translation>このファイルは台帳のデータベースではないか、鍵で開けません。正しいファイルを選んだか確認してください。</translation>
    </message>
    <message>
        <source>The database file is damaged (truncated or altered). Restore it from a backup.</source>
        <translation>データベースファイルが壊れています（途中で切れているか、改変されています）。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was changed.</source>
        <translation>ディスクがいっぱいです。空き容量を作ってからやり直してください（何も変更していません）。</translation>
    </message>
    <message>
        <source>The database file or its folder cannot be written. Check that the folder is writable and try again.</source>
        <translation>データベースファイルまたはそのフォルダーに書き込めません。フォルダーに書き込めるか確認して、やり直してください。</translation>
    </message>
    <message>
        <source>Reading or writing the database file failed (disk error or disk full). Nothing was changed.</source>
        <translation>データベースファイルの読み書きに失敗しました（ディスクのエラーか、ディスクがいっぱいです）。何も変更していません。</translation>
    </message>
    <message>
        <source>The database is in use by another Daicho window. Close it and try again.</source>
        <translation>データベースは別の台帳ウィンドウで使用中です。そちらを閉じてからやり直してください。</translation>
    </message>
    <message>
        <source>The change conflicts with existing data (a duplicate or a missing reference).</source>
        <translation>変更が既存のデータと矛盾します（重複しているか、参照先がありません）。</translation>
    </message>
    <message>
        <source>An unexpected database error occurred.</source>
        <translation>予期しないデータベースのエラーが発生しました。</translation>
    </message>
    <message>
        <source>%1 is a link or not an ordinary file: someone who can write the folder put it there. Nothing was opened; remove it and tell the auditor.</source>
        <translation>%1 はリンクか通常のファイルではありません。フォルダに書き込める人が置いたものです。何も開いていません。取り除いて、監査担当者に連絡してください。</translation>
    </message>
</context>
<context>
    <name>daicho::DatabaseVerification</name>
    <message>
        <source>The verification did not run to the end (the database was locked, or another task took its place). Start it again.</source>
        <translation>検証は最後まで実行されませんでした（データベースがロックされたか、別の処理に置き換えられました）。もう一度検証してください。</translation>
    </message>
</context>
<context>
    <name>daicho::DateFieldEditor</name>
    <message>
        <source>“%1” is not a date. Type it like 2026/4/1, R8.4.1 or 令和8年4月1日.</source>
        <translation>「%1」は日付ではありません。2026/4/1、R8.4.1、令和8年4月1日 のように入力してください。</translation>
    </message>
    <message>
        <source>Time in Japan (24-hour clock): 17:00, 1700, 17時30分</source>
        <translation>日本時間（24時間制）: 17:00、1700、17時30分</translation>
    </message>
    <message>
        <source>Enter the time of “%1”, like 17:00.</source>
        <translation>「%1」の時刻を 17:00 のように入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not a time. Type it like 17:00, 1700 or 17時30分 (24-hour clock).</source>
        <translation>「%1」は時刻ではありません。17:00、1700、17時30分 のように24時間制で入力してください。</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>時:分</translation>
    </message>
    <message>
        <source>Enter the date of “%1” too: a time alone is not kept.</source>
        <translation>「%1」の日付も入力してください。時刻だけでは記録できません。</translation>
    </message>
</context>
<context>
    <name>daicho::DecisionDialog</name>
    <message>
        <source>Decide on entry No. %1 — %2</source>
        <translation>記録 No.%1 の判断 — %2</translation>
    </message>
    <message>
        <source>No.:</source>
        <translation>No.：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状態：</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版：</translation>
    </message>
    <message>
        <source>&amp;Comment (required to return the entry):</source>
        <translation>コメント(&amp;C)（差戻しの場合は必須）：</translation>
    </message>
    <message>
        <source>What the writer should correct</source>
        <translation>記入者が訂正すべき点</translation>
    </message>
    <message>
        <source>The decision was not recorded</source>
        <translation>判断は記録されませんでした</translation>
    </message>
</context>
<context>
    <name>daicho::DeskSettingsPage</name>
    <message>
        <source>&amp;Save as a new version</source>
        <translation>新しい版として保存(&amp;S)</translation>
    </message>
    <message>
        <source>The desk that receives requests from individuals (第33条), how to reach it, the fees (第39条) and the days it is closed. The deadlines of requests count these closed days: a period whose last day falls on one ends on the next open day (民法第142条). Each save is a new version; a request already received keeps counting with the version in force on its receipt, so its deadlines never move.</source>
        <translation>本人からの請求を受け付ける窓口（第33条）、その連絡先、手数料（第39条）と休業日です。請求の期限はこの休業日で数え、末日が休業日に当たるときは翌開庁日までとなります（民法第142条）。保存するたびに新しい版になります。受付済の請求は受付時点の版で数え続けるため、その期限は動きません。</translation>
    </message>
    <message>
        <source> yen</source>
        <translation> 円</translation>
    </message>
    <message>
        <source>&amp;Desk (department):</source>
        <translation>受付窓口の部署(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>法人名(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>所在地(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話番号(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>受付時間(&amp;H)：</translation>
    </message>
    <message>
        <source>Co&amp;mplaints to:</source>
        <translation>苦情の申出先(&amp;M)：</translation>
    </message>
    <message>
        <source>Fee, notice of the purpose of &amp;use:</source>
        <translation>手数料（利用目的の通知）(&amp;U)：</translation>
    </message>
    <message>
        <source>Fee, d&amp;isclosure:</source>
        <translation>手数料（開示）(&amp;I)：</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>火</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>水</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>木</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>金</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>土</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Closed every week:</source>
        <translation>毎週の休業日：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>From (month/day)</source>
        <translation>開始（月/日）</translation>
    </message>
    <message>
        <source>To (month/day)</source>
        <translation>終了（月/日）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Why the desk is closed</source>
        <translation>休業の理由</translation>
    </message>
    <message>
        <source>Closed every year:</source>
        <translation>毎年の休業期間：</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>削除(&amp;V)</translation>
    </message>
    <message>
        <source>Closed on single days:</source>
        <translation>個別の休業日：</translation>
    </message>
    <message>
        <source>Add a da&amp;y</source>
        <translation>日を追加(&amp;Y)</translation>
    </message>
    <message>
        <source>Remove the day</source>
        <translation>日を削除</translation>
    </message>
    <message>
        <source>National holidays (振替休日 and 国民の休日 included) are always closed days (第33条2項(3)); they need no line here.</source>
        <translation>国民の祝日（振替休日・国民の休日を含む）は常に休業日です（第33条2項(3)）。ここに書く必要はありません。</translation>
    </message>
    <message>
        <source>Request desk</source>
        <translation>相談窓口・休業日</translation>
    </message>
    <message>
        <source>You may change these: the chief officer and the acting chief keep the desk (第6条, 第33条) and set the fees (第39条2項).</source>
        <translation>変更できます。窓口は事務取扱責任者・代行者が管理し（第6条、第33条）、手数料を定めます（第39条2項）。</translation>
    </message>
    <message>
        <source>Only the chief officer or the acting chief changes these; you read them.</source>
        <translation>変更できるのは事務取扱責任者と代行者だけです。閲覧のみできます。</translation>
    </message>
    <message>
        <source>Not saved yet: the regulation&apos;s defaults (第33条2項)</source>
        <translation>未保存：規程の定め（第33条2項）のまま</translation>
    </message>
    <message>
        <source>Version %1 in force</source>
        <translation>第%1版を適用中</translation>
    </message>
    <message>
        <source>None — only the chief officer and the acting chief receive requests</source>
        <translation>なし — 事務取扱責任者・代行者のみが受け付けます</translation>
    </message>
    <message>
        <source>Closed every year, line %1 (%2): “%3” is not a month and day. Write it like 12/29.</source>
        <translation>毎年の休業期間の%1行目（%2）：「%3」は月日として読めません。12/29 のように書きます。</translation>
    </message>
    <message>
        <source>Closed on single days, line %1: “%2” is not a date. Write it like 令和9年8月13日 or 2027/8/13.</source>
        <translation>個別の休業日の%1行目：「%2」は日付として読めません。令和9年8月13日 や 2027/8/13 のように書きます。</translation>
    </message>
    <message>
        <source>Nothing was saved:
%1</source>
        <translation>保存していません：
%1</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>保存していません：%1</translation>
    </message>
    <message>
        <source>Saved as version %1. Requests received from now on count their deadlines with it; those received before keep the version of their receipt.</source>
        <translation>第%1版として保存しました。これから受け付ける請求の期限はこの版で数えます。受付済の請求は受付時点の版のままです。</translation>
    </message>
    <message>
        <source>Add a &amp;range</source>
        <translation>期間を追加(&amp;R)</translation>
    </message>
    <message>
        <source>A request about a database one of these sections handles is proposed to go to it; anything else to the desk (第33条1項).</source>
        <translation>ここで選んだ部署が取り扱うデータベースについての請求は、その部署に回付するよう提案されます。それ以外は相談窓口が担当します（第33条1項）。</translation>
    </message>
    <message>
        <source>Health-check sec&amp;tions (第33条1項(1)):</source>
        <translation>健診事業の担当部署(&amp;T)（第33条1項(1)）：</translation>
    </message>
</context>
<context>
    <name>daicho::Disposal</name>
    <message>
        <source>Approved, awaiting confirmation</source>
        <translation>承認済み・確認待ち</translation>
    </message>
    <message>
        <source>Confirmed, ready to run</source>
        <translation>確認済み・実行待ち</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>実行済み</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消し</translation>
    </message>
    <message>
        <source>Held by the chief: %1</source>
        <translation>事務取扱責任者が保留：%1</translation>
    </message>
    <message>
        <source>A request from an individual that is still open refers to it (%1).</source>
        <translation>処理中の本人からの請求が参照しています（%1）。</translation>
    </message>
    <message>
        <source>%1 No.%2, which is kept, leaves out what this record holds (第31条8項・第32条5項): kept as long as it is.</source>
        <translation>保存中の%1 No.%2がこの記録と同一の事項の記録を省略しています（第31条8項・第32条5項）。その記録を保存する間は保存します。</translation>
    </message>
    <message>
        <source>Entry %1 does not exist.</source>
        <translation>記録 %1 はありません。</translation>
    </message>
    <message>
        <source>The record of a disposal run cannot be read: it was changed outside Daicho. Tell the auditor.</source>
        <translation>廃棄の記録を読み取れません。Daicho の外で変更されています。監査担当者に連絡してください。</translation>
    </message>
    <message>
        <source>There is no such disposal run.</source>
        <translation>該当する廃棄はありません。</translation>
    </message>
    <message>
        <source>Choose how the records are deleted (the method of 様式1④).</source>
        <translation>削除の方法（様式1④の方法）を選んでください。</translation>
    </message>
    <message>
        <source>Say why each held entry is kept: the reason is recorded with the disposal.</source>
        <translation>保留する記録ごとに理由を入力してください。理由は廃棄の記録に残ります。</translation>
    </message>
    <message>
        <source>A disposal is already approved and not yet run. Run or cancel it first.</source>
        <translation>承認済みで未実行の廃棄があります。先に実行するか取り消してください。</translation>
    </message>
    <message>
        <source>Nothing falls due at the end of this fiscal year that is not held.</source>
        <translation>この年度末に廃棄期限を迎える記録（保留分を除く）はありません。</translation>
    </message>
    <message>
        <source>Only a disposal approved and not yet confirmed can be confirmed.</source>
        <translation>確認できるのは、承認済みで未確認の廃棄だけです。</translation>
    </message>
    <message>
        <source>You approved this disposal, so another person must confirm it.</source>
        <translation>この廃棄はあなたが承認したため、別の方が確認してください。</translation>
    </message>
    <message>
        <source>This disposal has already been run or cancelled.</source>
        <translation>この廃棄は既に実行されたか、取り消されています。</translation>
    </message>
    <message>
        <source>This disposal has already been run: its records are gone.</source>
        <translation>この廃棄は既に実行済みです。対象の記録はもうありません。</translation>
    </message>
    <message>
        <source>A second person (the acting chief or the auditor) must confirm this disposal before it runs.</source>
        <translation>実行の前に、別の方（事務取扱責任者代理又は監査担当者）の確認が必要です。</translation>
    </message>
    <message>
        <source>None of the approved entries may go today: each is held now or its period has not passed yet. Run the disposal after the period has passed, or cancel it.</source>
        <translation>承認した記録のうち、本日廃棄できるものはありません（保留中か、保存期間がまだ経過していません）。保存期間の経過後に実行するか、取り消してください。</translation>
    </message>
    <message>
        <source>That backup was not made before this disposal.</source>
        <translation>そのバックアップはこの廃棄より前に作成されたものではありません。</translation>
    </message>
    <message>
        <source>It names the individual of a request that is still open (%1): kept until the request is closed.</source>
        <translation>処理中の請求（%1）の本人の氏名を含むため、請求が完結するまで保存します。</translation>
    </message>
    <message>
        <source>Nothing was disposed of: the audit trail does not verify (%1). A disposal deletes records for good, so it runs only on a trail that verifies. Tell the auditor.</source>
        <translation>何も廃棄していません。監査証跡の検証に失敗しました（%1）。廃棄は記録を元に戻せない形で削除するため、検証に成功する監査証跡でのみ実行します。監査担当者に知らせてください。</translation>
    </message>
    <message>
        <source>Case %1 does not exist.</source>
        <translation>事案 %1 はありません。</translation>
    </message>
    <message>
        <source>The same individual&apos;s request %1 is still open: kept until it is closed.</source>
        <translation>同じ本人の請求 %1 が処理中です。完結するまで保存します。</translation>
    </message>
    <message>
        <source>A disposal at the end of %1 runs from %2 (第20条1項(4): at the end of each fiscal year). Approve and confirm it now; run it then.</source>
        <translation>%1末の廃棄は%2から実行できます（第20条1項(4)：毎年度末）。承認と確認は今でき、実行はその時期に行ってください。</translation>
    </message>
    <message>
        <source>Choose how the backups were destroyed: erased by software or destroyed.</source>
        <translation>バックアップの破棄の方法（ソフトウェアによる消去または物理的な破壊）を選んでください。</translation>
    </message>
    <message>
        <source>Enter the day the backups were destroyed: today or a day before.</source>
        <translation>バックアップを破棄した日（今日またはそれ以前）を入力してください。</translation>
    </message>
    <message>
        <source>Choose who confirmed the destruction (様式1④ 確認者): someone other than you.</source>
        <translation>破棄を確認した者（様式1④の確認者）を、あなた以外から選んでください。</translation>
    </message>
    <message>
        <source>Name the outside firm&apos;s certificate of destruction (第10条⑤).</source>
        <translation>外部の業者の破壊・消去の証明書を入力してください（第10条⑤）。</translation>
    </message>
    <message>
        <source>Its decision stops the use or the provision of the individual&apos;s data (第37条, 法35条): kept while the stop stands.</source>
        <translation>この決定により本人のデータの利用または提供を停止しています（第37条、法35条）。停止が続く間は保存します。</translation>
    </message>
    <message>
        <source>The record of the request %1, which is kept, relies on it: kept as long as the request is.</source>
        <translation>保存している請求 %1 の記録がこの記録に依っています。請求の記録を保存する間は保存します。</translation>
    </message>
    <message>
        <source>%1 of the approved records are kept until %2: run the disposal on %3 or later (by %4), so that they go this year too.</source>
        <translation>承認した記録のうち%1件は%2まで保存します。これらも今年度に削除するため、廃棄は%3以降（%4まで）に実行してください。</translation>
    </message>
    <message>
        <source>The disposal was not confirmed: the audit trail does not verify (%1). Tell the auditor.</source>
        <translation>廃棄を確認しませんでした。監査証跡を検証できません（%1）。監査担当者に連絡してください。</translation>
    </message>
    <message>
        <source>This disposal is for the end of a fiscal year that has not begun: it can be confirmed from that year on.</source>
        <translation>この廃棄はまだ始まっていない年度の末のものです。その年度になってから確認できます。</translation>
    </message>
    <message>
        <source>The disposal was not confirmed: its list names records that are not due at the end of %1, or that are held now (a request of the same individual opened since, say). The chief cancels it and approves it again; if nothing explains it, the list was changed outside Daicho: tell the auditor.</source>
        <translation>廃棄を確認しませんでした。一覧に、%1末に廃棄の時期を迎えない記録、または現在保留となっている記録（その後に同じ本人の請求を受け付けた場合など）が含まれています。事務取扱責任者が取り消して改めて承認してください。思い当たることがなければ、一覧が Daicho の外で変更されています。監査担当者に連絡してください。</translation>
    </message>
</context>
<context>
    <name>daicho::DisposalPage</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 %2件</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>様式</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>台帳</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>廃棄</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>Disposal due</source>
        <translation>廃棄予定日</translation>
    </message>
    <message>
        <source>Held because</source>
        <translation>保留の理由</translation>
    </message>
    <message>
        <source>&amp;Hold the selected entries</source>
        <translation>選択した記録を保留(&amp;H)</translation>
    </message>
    <message>
        <source>Release the &amp;hold</source>
        <translation>保留を解除(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Approve the disposal…</source>
        <translation>廃棄を承認(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Confirm the disposal…</source>
        <translation>廃棄を確認(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Run the disposal…</source>
        <translation>廃棄を実行(&amp;R)…</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>確認者</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>&amp;Open its 様式1④ record</source>
        <translation>様式1④の記録を開く(&amp;O)</translation>
    </message>
    <message>
        <source>Why the selected entries are kept (required)</source>
        <translation>選択した記録を保存し続ける理由（必須）</translation>
    </message>
    <message>
        <source>Data-erasure software (データ消去ソフトウェア等による消去)</source>
        <translation>データ消去ソフトウェア等による消去</translation>
    </message>
    <message>
        <source>第20条1項(4): personal data is deleted at the end of each fiscal year once its retention period has passed. An entry kept until a day goes at the first 31 March after that day (kept until 31 March: a year later). The chief approves, the acting chief or the auditor confirms, the chief runs; the run is recorded in 様式1 (④削除・廃棄) without the contents (第20条2項).</source>
        <translation>第20条1項(4)：保存期間を経過した個人データは、毎年度末に削除します。保存期限の翌日以後最初の3月31日に廃棄します（保存期限が3月31日の記録は、その1年後の年度末）。事務取扱責任者が承認し、事務取扱責任者代理又は監査担当者が確認し、事務取扱責任者が実行します。実行は様式1（④削除・廃棄）に記録し、記録の内容は含めません（第20条2項）。</translation>
    </message>
    <message>
        <source>&amp;Method (様式1④):</source>
        <translation>方法（様式1④）(&amp;M)：</translation>
    </message>
    <message>
        <source>Disposals and the backups made before each (they still hold what it removed):</source>
        <translation>廃棄の実行と、その前に作成したバックアップ（削除した記録を含んだままです）：</translation>
    </message>
    <message>
        <source>Retention and disposal (第20条)</source>
        <translation>保存期間と廃棄（第20条）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 entries go at %2; %3 held.</source>
        <translation>%2に廃棄：%1件、保留：%3件。</translation>
    </message>
    <message>
        <source>Disposal No.%1 (%2): %3, recorded in 様式1④ for 「%4」.</source>
        <translation>廃棄 第%1号（%2）：%3、様式1④には「%4」として記録します。</translation>
    </message>
    <message>
        <source>Backup of %1 by %2 (trail entry %3)%4</source>
        <translation>%1 %2 が作成したバックアップ（監査記録 %3）%4</translation>
    </message>
    <message>
        <source> — recorded as destroyed</source>
        <translation> — 破棄を記録済み</translation>
    </message>
    <message>
        <source> — still holds the disposed records</source>
        <translation> — 廃棄した記録を含んだまま</translation>
    </message>
    <message>
        <source>No backup was made before this disposal.</source>
        <translation>この廃棄の前に作成したバックアップはありません。</translation>
    </message>
    <message>
        <source>Say why the selected entries are kept: the reason is recorded with the disposal.</source>
        <translation>選択した記録を保存し続ける理由を入力してください。理由は廃棄の記録に残ります。</translation>
    </message>
    <message>
        <source>Select the entries to hold first.</source>
        <translation>先に保留する記録を選んでください。</translation>
    </message>
    <message>
        <source>Choose the database in the register that the 様式1④ record names.</source>
        <translation>様式1④の記録に記載する管理台帳の個人情報データベース等を選んでください。</translation>
    </message>
    <message>
        <source>Approve the disposal</source>
        <translation>廃棄の承認</translation>
    </message>
    <message>
        <source>Approve the disposal at the end of %1: %2

The acting chief or the auditor confirms it next; then you run it.</source>
        <translation>%1末の廃棄を承認しますか：%2

次に事務取扱責任者代理又は監査担当者が確認し、その後あなたが実行します。</translation>
    </message>
    <message>
        <source>Disposal No.%1 approved. The acting chief or the auditor confirms it next.</source>
        <translation>廃棄 第%1号を承認しました。次に事務取扱責任者代理又は監査担当者が確認します。</translation>
    </message>
    <message>
        <source>Confirm the disposal</source>
        <translation>廃棄の確認</translation>
    </message>
    <message>
        <source>Confirm disposal No.%1 (%2 entries of %3, as listed)? The chief runs it next.</source>
        <translation>廃棄 第%1号（%3、一覧の%2件）を確認しますか。次に事務取扱責任者が実行します。</translation>
    </message>
    <message>
        <source>Disposal No.%1 confirmed. The chief can run it.</source>
        <translation>廃棄 第%1号を確認しました。事務取扱責任者が実行できます。</translation>
    </message>
    <message>
        <source>Run the disposal</source>
        <translation>廃棄の実行</translation>
    </message>
    <message>
        <source>Delete the %1 entries of disposal No.%2 now? They cannot be brought back. Backups made before still hold them: destroy those too and record it here.</source>
        <translation>廃棄 第%2号の%1件を今すぐ削除しますか。元に戻せません。実行前に作成したバックアップには残っているため、それらも破棄し、この画面で記録してください。</translation>
    </message>
    <message>
        <source>Disposal No.%1 done: %2 entries deleted, recorded as 様式1 No.%3.</source>
        <translation>廃棄 第%1号を実行しました：%2件を削除し、様式1 No.%3に記録しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n approved entries stayed (held now or not yet past their period).</source>
        <translation>
            <numerusform>承認した記録のうち%n件は残しました（保留中、又は保存期間が未経過）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be compacted yet (%1): it is done at the next sign-in.</source>
        <translation>ファイルの整理（圧縮）はまだできていません（%1）。次回のサインイン時に行います。</translation>
    </message>
    <message>
        <source>Cancel the disposal</source>
        <translation>廃棄の取消し</translation>
    </message>
    <message>
        <source>Cancel disposal No.%1? Nothing is deleted.</source>
        <translation>廃棄 第%1号を取り消しますか。何も削除されません。</translation>
    </message>
    <message>
        <source>Disposal No.%1 cancelled.</source>
        <translation>廃棄 第%1号を取り消しました。</translation>
    </message>
    <message>
        <source>Check the backups that were destroyed first.</source>
        <translation>先に破棄したバックアップにチェックを付けてください。</translation>
    </message>
    <message>
        <source>Deletion that cannot easily be restored (第20条1項(3))</source>
        <translation>容易に復元できない削除（第20条1項(3)）</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the disposal…</source>
        <translation>廃棄を取り消す(&amp;N)…</translation>
    </message>
    <message>
        <source>Record the checked &amp;backups as destroyed</source>
        <translation>チェックしたバックアップの破棄を記録(&amp;B)</translation>
    </message>
    <message>
        <source>Disposal at the end of fiscal &amp;year:</source>
        <translation>廃棄する年度末(&amp;Y)：</translation>
    </message>
    <message>
        <source>Database in the re&amp;gister (様式1④):</source>
        <translation>管理台帳の個人情報データベース等（様式1④）(&amp;G)：</translation>
    </message>
    <message>
        <source>Requests from individuals and their decisions</source>
        <translation>本人からの請求とその決定（様式8〜14）</translation>
    </message>
    <message>
        <source>%1 No.%2</source>
        <translation>%1 第%2号</translation>
    </message>
    <message>
        <source>&amp;Print the list…</source>
        <translation>一覧を印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the list as P&amp;DF…</source>
        <translation>一覧をPDFに保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
    <message>
        <source>Save the list as PDF</source>
        <translation>一覧をPDFに保存</translation>
    </message>
    <message>
        <source>disposal-list.pdf</source>
        <translation>廃棄予定一覧.pdf</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>PDFファイル</translation>
    </message>
    <message numerus="yes">
        <source>%n entries held. The hold is recorded with the disposal when you approve it; until then it is kept on this page only.</source>
        <translation>
            <numerusform>%n件を保留にしました。保留は廃棄を承認したときに記録されます。それまではこの画面の上だけのものです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold released. It is recorded when you approve the disposal; until then on this page only.</source>
        <translation>保留を解除しました。廃棄を承認したときに記録されます。それまではこの画面の上だけのものです。</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) recorded as destroyed in 様式1 No.%1.</source>
        <translation>
            <numerusform>バックアップ%n件の破棄を様式1 No.%1に記録しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daicho::DueWork</name>
    <message>
        <source>%1 %2 No.%3 %4 — %5</source>
        <translation>%1 %2 第%3号 %4 — %5</translation>
    </message>
    <message>
        <source>%1 No.%2 — not returned by %3 (返却遅れ)</source>
        <translation>%1 No.%2 — %3 までに返却されていません（返却遅れ）</translation>
    </message>
    <message>
        <source>第19条: what is carried out is returned as recorded</source>
        <translation>第19条：持ち出した個人データは記録のとおり返却する</translation>
    </message>
    <message>
        <source>%1 %2 — %3 waiting for your approval</source>
        <translation>%1 %2 — 承認待ち %3件</translation>
    </message>
    <message>
        <source>%1 %2 — %3 waiting for your review</source>
        <translation>%1 %2 — 確認待ち %3件</translation>
    </message>
    <message>
        <source>第7条3項: the head of a department approves and reviews its records</source>
        <translation>第7条3項：部門責任者が部門の記録を承認・確認する</translation>
    </message>
    <message>
        <source>%1 %2 for %3 — not yet signed off</source>
        <translation>%3の%1 %2 — 未完了</translation>
    </message>
    <message>
        <source>第14条: the state of handling is checked at least once a year (第15条: the monitoring sheet)</source>
        <translation>第14条：取扱状況を少なくとも年1回点検する（第15条：モニタリングシート）</translation>
    </message>
    <message>
        <source> (%1 done %2)</source>
        <translation>（%1済 %2）</translation>
    </message>
    <message>
        <source>第20条1項(4): personal data is deleted at the end of each fiscal year once its retention period has passed; the chief approves, a second person confirms</source>
        <translation>第20条1項(4)：保存期間を経過した個人データは毎年度末に削除します。事務取扱責任者が承認し、別の者が確認します</translation>
    </message>
    <message>
        <source>Disposal No.%1 (%2 entries) — awaiting your confirmation</source>
        <translation>廃棄 第%1号（%2件） — あなたの確認待ち</translation>
    </message>
    <message>
        <source>Disposal No.%1 (%2 entries) — confirmed, ready to run</source>
        <translation>廃棄 第%1号（%2件） — 確認済み・実行待ち</translation>
    </message>
    <message>
        <source>Disposal at the end of %1: %2 entries (%3), %4 held</source>
        <translation>%1末の廃棄：%2件（%3）、うち保留%4件</translation>
    </message>
    <message numerus="yes">
        <source>「%1」: delete the data made on or before %2 (kept %n year(s)) and record it in 様式1④</source>
        <translation>
            <numerusform>「%1」：%2以前に作成・取得したデータ（保存期間%n年）を削除し、様式1④に記録</numerusform>
        </translation>
    </message>
    <message>
        <source>「%1」: its retention period 「%2」 names no number of years; delete what has passed it and record it in 様式1④</source>
        <translation>「%1」：保存期間「%2」に年数がありません。期間を経過したデータを削除し、様式1④に記録してください</translation>
    </message>
    <message>
        <source>第11条⑨: each database has its retention period; 第20条1項(4): its data is deleted at the end of the fiscal year once the period has passed; 第20条2項: the deletion is recorded in 様式1 (第10条⑤: with the certificate of an outside firm)</source>
        <translation>第11条⑨：個人情報データベース等ごとに保存期間を定める。第20条1項(4)：保存期間経過後の毎年度末に削除する。第20条2項：削除は様式1に記録する（第10条⑤：委託した場合はその証明書）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2件</translation>
    </message>
</context>
<context>
    <name>daicho::EntryCodec</name>
    <message>
        <source>A stored entry of %1 cannot be read: the database is damaged. Restore it from a backup.</source>
        <translation>%1 の保存済みの記録を読み取れません。データベースが破損しています。バックアップから復元してください。</translation>
    </message>
</context>
<context>
    <name>daicho::EntryEditorDialog</name>
    <message>
        <source>Reason for the correction (※)</source>
        <translation>訂正の理由（※）</translation>
    </message>
    <message>
        <source>New entry — %1</source>
        <translation>新規記録 — %1</translation>
    </message>
    <message>
        <source>Items marked (※) are required.</source>
        <translation>（※）の項目は必須です。</translation>
    </message>
    <message>
        <source>Kept with the correction in the entry&apos;s history.</source>
        <translation>訂正とともに記録の履歴に残ります。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Correct entry No. %1 — %2</source>
        <translation>記録 No.%1 の訂正 — %2</translation>
    </message>
    <message>
        <source>%1 — correction of entry No. %2</source>
        <translation>%1 — 記録 No.%2 の訂正</translation>
    </message>
    <message>
        <source>Nothing was saved. Correct the items marked in red.</source>
        <translation>保存していません。赤で示した項目を直してください。</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>保存していません：%1</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>Say why the entry is corrected: the reason is kept with the correction.</source>
        <translation>訂正の理由を入力してください。理由は訂正とともに記録されます。</translation>
    </message>
    <message>
        <source>The check items could not be read: %1</source>
        <translation>チェック項目を読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>Continued filling in</source>
        <translation>記入の続き</translation>
    </message>
    <message>
        <source>Never write the personal data itself here (%1).</source>
        <translation>個人データそのものは記入しないでください（%1）。</translation>
    </message>
    <message>
        <source>This entry was written before Daicho asked for “%1”. It is shown as “%2”, which is what entries said then; check it. It is saved only with this correction.</source>
        <translation>この記録は「%1」の項目ができる前に書かれたため、当時の記録の意味どおり「%2」と表示しています。確認してください。この訂正を保存したときにだけ記録されます。</translation>
    </message>
    <message>
        <source>This entry was written before Daicho asked for “%1”. Fill it in with this correction.</source>
        <translation>この記録は「%1」の項目ができる前に書かれました。この訂正で記入してください。</translation>
    </message>
    <message>
        <source>Articles: %1</source>
        <translation>根拠条項：%1</translation>
    </message>
    <message>
        <source>Filled in from your answers in the legal-basis guide: %1. Check them before saving.</source>
        <translation>法的根拠の確認での回答から入力しました：%1。保存する前に確かめてください。</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>「%1」（%2）</translation>
    </message>
    <message>
        <source>This entry holds items %1 no longer has under the rules in force: %2. A correction saves the entry without them; the earlier version keeps them in the history.</source>
        <translation>この記録には、現行の規則では%1の項目でなくなった事項があります：%2。訂正して保存すると、これらの事項は新しい版に含まれません（前の版は履歴に残ります）。</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>入力した内容を破棄しますか？</translation>
    </message>
    <message>
        <source>What you typed in this entry has not been saved. Discard it and close?</source>
        <translation>この記録に入力した内容はまだ保存されていません。破棄して閉じますか？</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Filled in from the line of the start page: %1. Check them before saving.</source>
        <translation>スタートページの項目から入力しました：%1。保存する前に確認してください。</translation>
    </message>
</context>
<context>
    <name>daicho::EntryExitLog</name>
    <message>
        <source>Entry No. %1 is not of an entry and exit log.</source>
        <translation>記録 No.%1 は入退室記録ではありません。</translation>
    </message>
    <message>
        <source>Entry No. %1 already has a time out.</source>
        <translation>記録 No.%1 には既に退室時刻があります。</translation>
    </message>
</context>
<context>
    <name>daicho::EntryRules</name>
    <message>
        <source>%1 is before %2. Check both and correct the one that is wrong.</source>
        <translation>「%1」が「%2」より前になっています。両方を確認し、誤っている方を直してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be confirmed before this record can be saved (%2). Confirm it first, then record it.</source>
        <translation>この記録を保存するには「%1」の確認が必要です（%2）。確認してから記録してください。</translation>
    </message>
    <message>
        <source>“%1”, line %2 does not conform: say in its comment what is wrong.</source>
        <translation>「%1」の%2行目が不適合です。何が問題かをコメントに書いてください。</translation>
    </message>
    <message>
        <source>Some lines do not conform: write the improvement requests to the chief and heads before signing the sheet off (第15条).</source>
        <translation>不適合の行があります。記入完了にする前に、事務取扱責任者・部門責任者への改善の要請を書いてください（第15条）。</translation>
    </message>
    <message>
        <source>%1 must be a fiscal year (April to March) written as its western year, such as %2, and not after the date of the check.</source>
        <translation>%1は年度（4月〜翌3月）を西暦の年で入力してください（例：%2）。実施日より後の年度は指定できません。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of “%1” have no result yet (line %2). Give every line a result before signing the sheet off.</source>
        <translation>
            <numerusform>「%1」に結果が未記入の行が %n 行あります（%2行目）。記入完了にする前に、すべての行に結果を記入してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can only be recorded after the head of the department has approved the carry-out (the centre&apos;s rule). Save the entry without it, ask for approval, then record it.</source>
        <translation>「%1」は部門責任者が持ち運びを承認した後にのみ記録できます（センターの定め）。この項目を空にして保存し、承認を受けてから記録してください。</translation>
    </message>
</context>
<context>
    <name>daicho::EntrySummaryWidget</name>
    <message>
        <source>%1 (no longer an item, %2):</source>
        <translation>%1（現在は項目外、%2）：</translation>
    </message>
    <message>
        <source>As in record %1 (left out here)</source>
        <translation>%1 の記録のとおり（ここでは省略）</translation>
    </message>
</context>
<context>
    <name>daicho::EntryValidator</name>
    <message>
        <source>“%1” is not an item of %2.</source>
        <translation>「%1」は%2の項目ではありません。</translation>
    </message>
    <message>
        <source>“%1” does not apply to this entry; clear it.</source>
        <translation>「%1」はこの記録には当てはまりません。空欄にしてください。</translation>
    </message>
    <message>
        <source>Enter “%1”.</source>
        <translation>「%1」を入力してください。</translation>
    </message>
    <message>
        <source>“%1” has a value of the wrong kind.</source>
        <translation>「%1」の値の種類が正しくありません。</translation>
    </message>
    <message>
        <source>“%1” is too long: at most %2 characters.</source>
        <translation>「%1」が長すぎます（%2 文字まで）。</translation>
    </message>
    <message>
        <source>An item of “%1” is too long: at most %2 characters.</source>
        <translation>「%1」の項目が長すぎます（%2 文字まで）。</translation>
    </message>
    <message>
        <source>“%1” cannot be negative.</source>
        <translation>「%1」にマイナスの値は入力できません。</translation>
    </message>
    <message>
        <source>“%1” must be one of the listed choices.</source>
        <translation>「%1」は選択肢の中から選んでください。</translation>
    </message>
    <message>
        <source>The register entry chosen for “%1” does not exist.</source>
        <translation>「%1」で選んだ管理台帳の記録は存在しません。</translation>
    </message>
    <message>
        <source>The department chosen for “%1” does not exist.</source>
        <translation>「%1」で選んだ部署は存在しません。</translation>
    </message>
    <message>
        <source>The person chosen for “%1” does not exist.</source>
        <translation>「%1」で選んだ人は存在しません。</translation>
    </message>
    <message>
        <source>“%1” must be one of the purposes registered for the chosen database (第25条).</source>
        <translation>「%1」は、選んだ個人情報データベース等に登録された利用目的から選んでください（第25条）。</translation>
    </message>
    <message>
        <source>“%1”, line %2</source>
        <translation>「%1」の%2行目</translation>
    </message>
    <message>
        <source>%1: the %2 is too long (at most %3 characters).</source>
        <translation>%1：%2が長すぎます（最大%3文字）。</translation>
    </message>
    <message>
        <source>%1 belongs to no known area of the sheet.</source>
        <translation>%1の区分がシートのどの区分にも当たりません。</translation>
    </message>
    <message>
        <source>%1 says nothing to check.</source>
        <translation>%1に確認する内容がありません。</translation>
    </message>
    <message>
        <source>check item</source>
        <translation>チェック項目</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>確認した資料等</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>“%1” cannot be “%2” when “%3” is “%4” (%5). Choose one that fits.</source>
        <translation>「%3」が「%4」のとき、「%1」に「%2」は選べません（%5）。合うものを選んでください。</translation>
    </message>
    <message>
        <source>Choose “%1”.</source>
        <translation>「%1」を選択してください。</translation>
    </message>
    <message>
        <source>Choose “%1”: %2.</source>
        <translation>「%1」を選択してください。%2。</translation>
    </message>
    <message>
        <source>Enter “%1”: %2.</source>
        <translation>「%1」を入力してください。%2。</translation>
    </message>
</context>
<context>
    <name>daicho::EntryViewDialog</name>
    <message>
        <source>&amp;Print this entry…</source>
        <translation>この記録を印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDFに保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Entry No. %1 — %2</source>
        <translation>記録 No.%1 — %2</translation>
    </message>
    <message>
        <source>No.:</source>
        <translation>No.：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状態：</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版：</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>訂正(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>This entry on one A4 sheet, after a preview</source>
        <translation>この記録を A4 1枚に（プレビューの後に印刷）</translation>
    </message>
    <message>
        <source>Lines to E&amp;xcel…</source>
        <translation>チェック結果をExcelへ(&amp;X)…</translation>
    </message>
    <message>
        <source>Every check item with its result, evidence and comment, one row each</source>
        <translation>チェック項目ごとに1行で、結果・確認した資料等・コメントを出力します</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>保存：</translation>
    </message>
    <message>
        <source>Its data:</source>
        <translation>データの保存：</translation>
    </message>
</context>
<context>
    <name>daicho::FieldTextParser</name>
    <message>
        <source>&quot;%1&quot; is not a date and time. Write it like 2026/04/01 09:30.</source>
        <translation>「%1」は日時ではありません。2026/04/01 09:30 のように書いてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it like 2026/04/01 or 令和8年4月1日.</source>
        <translation>「%1」は日付ではありません。2026/04/01 または 令和8年4月1日 のように書いてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>「%1」は整数ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither はい nor いいえ.</source>
        <translation>「%1」は「はい」でも「いいえ」でもありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices of this item.</source>
        <translation>「%1」はこの項目の選択肢にありません。</translation>
    </message>
    <message>
        <source>There is no register entry (様式3) called &quot;%1&quot;.</source>
        <translation>「%1」という管理台帳（様式3）の記録はありません。</translation>
    </message>
    <message>
        <source>Several register entries are called &quot;%1&quot;; rename one of them first.</source>
        <translation>「%1」という管理台帳の記録が複数あります。先にいずれかの名称を変更してください。</translation>
    </message>
    <message>
        <source>Several departments are called &quot;%1&quot;; write the department and section.</source>
        <translation>「%1」という部署が複数あります。部と課を続けて書いてください。</translation>
    </message>
    <message>
        <source>There is no user called &quot;%1&quot;.</source>
        <translation>「%1」という利用者はいません。</translation>
    </message>
    <message>
        <source>Several users are called &quot;%1&quot;.</source>
        <translation>「%1」という利用者が複数います。</translation>
    </message>
    <message>
        <source>A checklist cannot be imported from a CSV file; fill it in Daicho.</source>
        <translation>チェック項目はCSVから取り込めません。Daichoで記入してください。</translation>
    </message>
    <message>
        <source>There is no record &quot;%1&quot;. Name the earlier record by its ledger and No. as the list shows it, like 様式6-1 No.5.</source>
        <translation>「%1」という記録はありません。先の記録は、一覧に表示されるとおり様式とNo.で「様式6-1 No.5」のように書いてください。</translation>
    </message>
    <message>
        <source>There is no department in use called &quot;%1&quot; (a retired one takes no new entries).</source>
        <translation>使用中の部署に「%1」はありません（廃止した部署には新しい記録を付けられません）。</translation>
    </message>
</context>
<context>
    <name>daicho::FileDialog</name>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1 ファイル</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
</context>
<context>
    <name>daicho::FileLock</name>
    <message>
        <source>The lock file %1 cannot be created. Check that the folder of the database is writable.</source>
        <translation>ロックファイル %1 を作成できません。データベースのフォルダーに書き込めるか確認してください。</translation>
    </message>
    <message>
        <source>The database is being changed by another Daicho window (key rotation). Wait a moment and try again.</source>
        <translation>別の台帳ウィンドウがデータベースを変更中です（鍵の更新）。しばらく待ってからやり直してください。</translation>
    </message>
    <message>
        <source>The key file cannot be locked for writing.</source>
        <translation>鍵ファイルを書き込みのためにロックできません。</translation>
    </message>
</context>
<context>
    <name>daicho::FormRules</name>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>“%1” must include %2 (%3): the data moved has to be protected itself. The other measures come on top of that, not instead. Tick the one used.</source>
        <translation>「%1」には%2が必要です（%3）。持ち運ぶデータそのものを保護しなければなりません。ほかの安全策はその上に講じるもので、代わりにはなりません。用いた方に印を付けてください。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>又は</translation>
    </message>
    <message>
        <source>A purpose was added or changed. Enter “%1”, the date of this change: the items of the change below describe it.</source>
        <translation>利用目的が追加又は変更されました。この変更の日付を「%1」に記入してください。下の「利用目的の変更」の各項目は、この変更について記入します。</translation>
    </message>
    <message>
        <source>“%1” still holds the date of the earlier change. Enter the date of this change, and check the items of the change below.</source>
        <translation>「%1」が前回の変更の日付のままです。今回の変更の日付を記入し、下の「利用目的の変更」の各項目も今回の変更に合わせて確認してください。</translation>
    </message>
    <message>
        <source>Say whether the new purpose stays within what is reasonably related to the earlier purposes (第25条2項). Beyond that it needs the individuals&apos; consent (第26条1項).</source>
        <translation>変更後の利用目的が、変更前の利用目的と関連性を有すると合理的に認められる範囲内かどうかを選んでください（第25条2項）。その範囲を超えるときは、本人の同意が必要です（第26条1項）。</translation>
    </message>
    <message>
        <source>A purpose beyond what is reasonably related to the earlier ones needs the individuals&apos; consent beforehand (第26条1項). Obtain it, then tick “%1”.</source>
        <translation>変更前の利用目的と関連性を有すると合理的に認められる範囲を超える利用目的には、あらかじめ本人の同意が必要です（第26条1項）。同意を得てから「%1」に印を付けてください。</translation>
    </message>
    <message>
        <source>Notify the individuals of the changed purpose or publish it, and tick which was done (第28条3項).</source>
        <translation>変更後の利用目的を本人に通知し、又は公表して、行った方に印を付けてください（第28条3項）。</translation>
    </message>
    <message>
        <source>The centre&apos;s own policy (kept on by the chief in the settings) asks for the individuals&apos; consent when a purpose of data holding sensitive personal information (要配慮個人情報) is added or changed. Obtain it, then tick “%1”.</source>
        <translation>センター独自の方針（事務取扱責任者が設定で有効にしています）により、要配慮個人情報を含むデータの利用目的を追加・変更するときは本人の同意が必要です。同意を得てから「%1」に印を付けてください。</translation>
    </message>
    <message>
        <source>it is needed when “%1” is “%2” (%3)</source>
        <translation>「%1」が「%2」のときに必要です（%3）</translation>
    </message>
</context>
<context>
    <name>daicho::HistoryDialog</name>
    <message>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>記入者</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>By</source>
        <translation>判断者</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判断</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>History of entry No. %1 — %2</source>
        <translation>記録 No.%1 の履歴 — %2</translation>
    </message>
    <message>
        <source>%1 — entry No. %2</source>
        <translation>%1 — 記録 No.%2</translation>
    </message>
    <message>
        <source>Items changed from the version before are marked in yellow.</source>
        <translation>前の版から変わった項目を黄色で示しています。</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版の一覧</translation>
    </message>
    <message>
        <source>Values of the selected version</source>
        <translation>選んだ版の内容</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>承認・確認の記録</translation>
    </message>
    <message>
        <source>(first version)</source>
        <translation>（最初の版）</translation>
    </message>
    <message>
        <source>Changed from version %1: %2</source>
        <translation>第%1版からの変更：%2</translation>
    </message>
    <message>
        <source>See in the &amp;audit trail</source>
        <translation>監査証跡で見る(&amp;A)</translation>
    </message>
    <message>
        <source>Every entry of the audit trail about this record: who wrote, corrected, decided, printed.</source>
        <translation>この記録に関する監査証跡（記入・訂正・承認・印刷した人と日時）をすべて表示します。</translation>
    </message>
</context>
<context>
    <name>daicho::HomePage</name>
    <message>
        <source>&amp;Sign a checkpoint…</source>
        <translation>チェックポイントに署名(&amp;S)…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>台帳</translation>
    </message>
    <message>
        <source>Your latest recorded actions</source>
        <translation>あなたの最近の操作</translation>
    </message>
    <message>
        <source>If you do not remember your previous sign-in as shown, or actions you did are missing here, the audit trail may have been cut: tell the auditor.</source>
        <translation>前回のサインインに覚えがない、または行ったはずの操作がここにない場合は、監査証跡が切り取られたおそれがあります。監査担当者に連絡してください。</translation>
    </message>
    <message>
        <source>Your previous sign-in</source>
        <translation>あなたの前回のサインイン</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>This is your first sign-in.</source>
        <translation>今回が初めてのサインインです。</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>まだ記録はありません。</translation>
    </message>
    <message numerus="yes">
        <source>The last checkpoint was signed %n day(s) ago.</source>
        <translation>
            <numerusform>最後のチェックポイントは %n 日前に署名されました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last checkpoint was signed %n day(s) ago</source>
        <translation>
            <numerusform>最後のチェックポイントは %n 日前に署名されました</numerusform>
        </translation>
    </message>
    <message>
        <source>No checkpoint has been signed yet</source>
        <translation>チェックポイントはまだ署名されていません</translation>
    </message>
    <message numerus="yes">
        <source> (one is asked for every %n day(s)). </source>
        <translation>
            <numerusform>（%n 日ごとにお願いしています）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign one and keep its printed code away from this PC: it proves later that the newest entries were not cut off.</source>
        <translation>署名して、印刷したコードをこのパソコンから離れた場所に保管してください。最新の記録が切り取られていないことを後から証明できます。</translation>
    </message>
    <message>
        <source>Ask the auditor to sign one.</source>
        <translation>監査担当者に署名を依頼してください。</translation>
    </message>
    <message>
        <source>Audit trail No.</source>
        <translation>監査証跡の番号</translation>
    </message>
    <message>
        <source>Opens the audit trail page and signs a checkpoint there</source>
        <translation>監査証跡の画面を開いて、チェックポイントに署名します</translation>
    </message>
    <message>
        <source>The last checkpoint was signed today.</source>
        <translation>最後のチェックポイントは本日署名されました。</translation>
    </message>
    <message numerus="yes">
        <source>Since your previous sign-in, signing in with your ID failed %n time(s), the last on %1. If that was not you, tell the chief officer.</source>
        <translation>
            <numerusform>前回のサインインの後、あなたの ID でのサインインが %n 回失敗しています（最後は %1）。心当たりがなければ事務取扱責任者に伝えてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>What is due for you</source>
        <translation>対応が必要なもの</translation>
    </message>
    <message>
        <source>Enter or a double-click opens the line</source>
        <translation>Enter キーまたはダブルクリックで開きます</translation>
    </message>
    <message>
        <source>Nothing with a deadline is due for you.</source>
        <translation>期限の迫っているものはありません。</translation>
    </message>
    <message>
        <source>What needs your attention</source>
        <translation>対応が必要なもの</translation>
    </message>
    <message>
        <source>What is due could not be read: %1</source>
        <translation>対応が必要なものを読めませんでした：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n件</numerusform>
        </translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation>（暫定）</translation>
    </message>
    <message>
        <source>Rule…</source>
        <translation>根拠…</translation>
    </message>
    <message>
        <source>The rule behind the date</source>
        <translation>期限の根拠</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>daicho::ImportReportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>Import from CSV — %1</source>
        <translation>CSVから取り込み — %1</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル：</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>読み込んだ行：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>文字コード：</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>内容</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported: the file has problems. Correct them in the file and import it again — no row is imported until every row is right.</source>
        <translation>ファイルに問題があるため取り込めません。ファイルを直してから取り込み直してください。すべての行が正しくなるまで、1行も取り込みません。</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n problems are listed.</source>
        <translation>
            <numerusform>最初の %n 件の問題のみ表示しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>取り込んでいません：%1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>取り込んでいません。</translation>
    </message>
    <message>
        <source>&amp;Leave out the rows the ledger keeps already</source>
        <translation>台帳に既にある行は取り込まない(&amp;L)</translation>
    </message>
    <message>
        <source>line %1 = No.%2</source>
        <translation>%1行目＝No.%2</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are the same in every item as entries the ledger keeps already (%1). The file may have been imported before; if they are other events that happened the same way, untick the box below to import them too.</source>
        <translation>
            <numerusform>%n 行が、台帳に既にある記録とすべての項目で同じです（%1）。このファイルは以前に取り込まれた可能性があります。同じ内容の別の出来事であれば、下のチェックを外して取り込んでください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No problems were found. Import adds %n entries at once.</source>
        <translation>
            <numerusform>問題はありません。取り込むと %n 件の記録をまとめて追加します。</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems were found, and every row is kept already: nothing would be added.</source>
        <translation>問題はありませんが、すべての行が台帳に既にあるため、追加される記録はありません。</translation>
    </message>
</context>
<context>
    <name>daicho::ImportRunner</name>
    <message>
        <source>Checking the file</source>
        <translation>ファイルを確認しています</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>取り込んでいます</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Checking row %L1 of %L2…</source>
        <translation>%L2 行中 %L1 行目を確認しています…</translation>
    </message>
    <message>
        <source>Importing row %L1 of %L2… Cancel imports nothing.</source>
        <translation>%L2 行中 %L1 行目を取り込んでいます…（キャンセルすると何も取り込まれません）</translation>
    </message>
    <message>
        <source>Indexing entry %L1 of %L2 for search… The rows are imported; Cancel leaves the rest of the index to the next sign-in, and search finds them meanwhile.</source>
        <translation>検索用の索引を作成しています（%L2 件中 %L1 件目）…取り込みは完了しています。キャンセルすると残りの索引は次回のサインイン時に作成され、それまでも検索で見つかります。</translation>
    </message>
</context>
<context>
    <name>daicho::JapaneseDateWidget</name>
    <message>
        <source>Type a date like 2026/4/1, R8.4.1 or 令和8年4月1日.</source>
        <translation>2026/4/1、R8.4.1、令和8年4月1日 のように入力してください。</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>カレンダー</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>カレンダーから日付を選ぶ</translation>
    </message>
    <message>
        <source>Not a date</source>
        <translation>日付ではありません</translation>
    </message>
    <message>
        <source>yyyy/m/d</source>
        <translation>年/月/日</translation>
    </message>
    <message>
        <source>%1 (%2), month %3</source>
        <translation>%1（%2年）%3月</translation>
    </message>
</context>
<context>
    <name>daicho::Kdf</name>
    <message>
        <source>The key file asks for password-hashing settings outside the allowed range. It may have been altered; restore it from a backup.</source>
        <translation>鍵ファイルのパスワードハッシュ設定が許容範囲外です。改変されているおそれがあります。バックアップから復元してください。</translation>
    </message>
</context>
<context>
    <name>daicho::KeyRotation</name>
    <message>
        <source>A file could not be renamed during the key rotation. The folder must be writable.</source>
        <translation>鍵の更新中にファイル名を変更できませんでした。フォルダーに書き込めるようにしてください。</translation>
    </message>
    <message>
        <source>The database key could not be replaced: %1 The database and its key file are unchanged.</source>
        <translation>データベースの鍵を更新できませんでした：%1 データベースと鍵ファイルは変更していません。</translation>
    </message>
    <message>
        <source>The database is open in another Daicho window. Close the other windows and rotate the key again.</source>
        <translation>データベースが別の台帳ウィンドウで開かれています。他のウィンドウを閉じてから、もう一度鍵を更新してください。</translation>
    </message>
    <message>
        <source>The database is still in use.</source>
        <translation>データベースはまだ使用中です。</translation>
    </message>
    <message>
        <source>The records of the key slot of %1 were changed outside Daicho, and a new key would leave them unable to sign in. Tell the auditor.</source>
        <translation>%1 の鍵スロットの記録が Daicho の外で変更されています。このまま新しい鍵にすると、その人がサインインできなくなります。監査担当者に連絡してください。</translation>
    </message>
    <message>
        <source>Daicho is still working with this database (an import, for example). Rotate the key when it has finished.</source>
        <translation>Daicho はまだこのデータベースで作業中です（取り込みなど）。作業が終わってから鍵を更新してください。</translation>
    </message>
</context>
<context>
    <name>daicho::KeySlot</name>
    <message>
        <source>A key slot holds data of the wrong size.</source>
        <translation>鍵スロットのデータの大きさが正しくありません。</translation>
    </message>
    <message>
        <source>A key slot&apos;s public keys do not match its private keys.</source>
        <translation>鍵スロットの公開鍵が秘密鍵と一致しません。</translation>
    </message>
    <message>
        <source>The key file has been altered: a slot&apos;s database key cannot be opened. Restore the key file from a backup.</source>
        <translation>鍵ファイルが改変されています。スロット内のデータベース鍵を開けません。バックアップから鍵ファイルを復元してください。</translation>
    </message>
</context>
<context>
    <name>daicho::KeySlotFile</name>
    <message>
        <source>The key file is damaged or has been altered. Restore the key file (.daicho-keys) from the same backup as the database.</source>
        <translation>鍵ファイルが壊れているか、改変されています。データベースと同じバックアップから鍵ファイル（.daicho-keys）を復元してください。</translation>
    </message>
    <message>
        <source>The key file is not a Daicho key file. Choose the .daicho-keys file that belongs to the database.</source>
        <translation>このファイルは台帳の鍵ファイルではありません。データベースに対応する .daicho-keys ファイルを選んでください。</translation>
    </message>
    <message>
        <source>The key file was written by a different version of Daicho (format %1). Use the version that created it.</source>
        <translation>鍵ファイルは別の版の台帳で作成されています（形式 %1）。作成した版を使ってください。</translation>
    </message>
    <message>
        <source>The key file %1 is missing. It must lie beside the database; restore it from the same backup as the database.</source>
        <translation>鍵ファイル %1 が見つかりません。データベースと同じフォルダーに必要です。データベースと同じバックアップから復元してください。</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read. Check its permissions.</source>
        <translation>鍵ファイル %1 を読み込めません。アクセス権を確認してください。</translation>
    </message>
    <message>
        <source>The file %1 could not be written (disk full or folder not writable). Nothing was changed.</source>
        <translation>ファイル %1 を書き込めませんでした（ディスクがいっぱいか、フォルダーに書き込めません）。何も変更していません。</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerAccess</name>
    <message>
        <source>You belong to no department, so you cannot act on %1. Ask the chief officer to set your department.</source>
        <translation>所属部署が設定されていないため、%1 を扱えません。事務取扱責任者に所属部署の設定を依頼してください。</translation>
    </message>
    <message>
        <source>This entry belongs to another department. Only that department, or the chief officer, may act on it.</source>
        <translation>この記録は他の部署のものです。扱えるのはその部署か事務取扱責任者だけです。</translation>
    </message>
    <message>
        <source>A %1 may not read %2.</source>
        <translation>%1 は %2 を閲覧できません。</translation>
    </message>
    <message>
        <source>A %1 may not write in %2.</source>
        <translation>%1 は %2 に記入できません。</translation>
    </message>
    <message>
        <source>A %1 may not approve or review %2.</source>
        <translation>%1 は %2 を承認・確認できません。</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerBulkWriter</name>
    <message>
        <source>A bulk write must run inside a transaction.</source>
        <translation>一括書き込みはトランザクションの中で行う必要があります。</translation>
    </message>
    <message>
        <source>There was nothing to import.</source>
        <translation>取り込む記録がありませんでした。</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerExport</name>
    <message>
        <source>The file could not be written (%1). Check that the folder exists and is writable, and that the file is not open in Excel.</source>
        <translation>ファイルを書き込めませんでした（%1）。フォルダーが存在し書き込めること、ファイルを Excel で開いていないことを確認してください。</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932) cannot hold %1 (first in row %2, column &quot;%3&quot;). Export as UTF-8 instead, which Excel also opens, or correct those entries.</source>
        <translation>Shift_JIS（CP932）では %1 を保存できません（最初は %2 行目の「%3」）。Excel でも開ける UTF-8 で出力するか、該当する記録を直してください。</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerFilterBar</name>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Change the order of the list</source>
        <translation>一覧の並び順を変える</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>新しい順</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>年度(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>期間(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>～(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Inside now only</source>
        <translation>在室中のみ(&amp;I)</translation>
    </message>
    <message>
        <source>Today&apos;s entries without a time out: the people in the area now</source>
        <translation>本日の記録で退室時刻のないもの（現在在室している人）</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部署(&amp;D)：</translation>
    </message>
    <message>
        <source>Re&amp;gister entry:</source>
        <translation>管理台帳(&amp;G)：</translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation>状態(&amp;A)：</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date. Type it like 2026/4/1, R8.4.1 or 令和8年4月1日.</source>
        <translation>%1「%2」は日付ではありません。2026/4/1、R8.4.1、令和8年4月1日 のように入力してください。</translation>
    </message>
    <message>
        <source>The start of the period</source>
        <translation>期間の開始日</translation>
    </message>
    <message>
        <source>The end of the period</source>
        <translation>期間の終了日</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>期間の終了日が開始日より前です。</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>古い順</translation>
    </message>
    <message>
        <source>from any day</source>
        <translation>開始日 指定なし</translation>
    </message>
    <message>
        <source>to any day</source>
        <translation>終了日 指定なし</translation>
    </message>
    <message>
        <source>The period %1 is outside %2 (%3–%4). Choose the fiscal year “All” or change the period.</source>
        <translation>期間 %1 は %2（%3～%4）の外です。年度を「すべて」にするか、期間を直してください。</translation>
    </message>
    <message>
        <source>Return overdue</source>
        <translation>返却遅れ</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（廃止）</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerImport</name>
    <message>
        <source>This column is not an item of %1. Use the header of an export of this ledger.</source>
        <translation>この列は %1 の項目ではありません。この台帳を出力したファイルの見出し行を使ってください。</translation>
    </message>
    <message>
        <source>This column appears twice.</source>
        <translation>この列が2回あります。</translation>
    </message>
    <message>
        <source>Entries of %1 cannot be imported.</source>
        <translation>%1 の記録は取り込めません。</translation>
    </message>
    <message>
        <source>The file is empty. It needs a header row and one row per entry.</source>
        <translation>ファイルが空です。見出し行と、記録1件につき1行が必要です。</translation>
    </message>
    <message>
        <source>This row has more columns than the header.</source>
        <translation>この行は見出し行より列が多くなっています。</translation>
    </message>
    <message>
        <source>The file has a header but no entries.</source>
        <translation>ファイルに見出し行しかなく、記録がありません。</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>取込みを取り消しました。何も取り込まれていません。</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerOutput</name>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDFに保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>CSVに出力(&amp;C)…</translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation>Excelに出力(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>CSVから取り込み(&amp;I)…</translation>
    </message>
    <message>
        <source>Save a &amp;sample CSV…</source>
        <translation>見本CSVを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Print the list as filtered, after a preview (Ctrl+P)</source>
        <translation>絞り込んだ一覧を、プレビューの後に印刷（Ctrl+P）</translation>
    </message>
    <message>
        <source>Save the list as filtered as an A4 PDF</source>
        <translation>絞り込んだ一覧を A4 の PDF に保存</translation>
    </message>
    <message>
        <source>The list as filtered, for Excel and other programs</source>
        <translation>絞り込んだ一覧を Excel などで使える形式で出力</translation>
    </message>
    <message>
        <source>The list as filtered as an Excel workbook (.xlsx)</source>
        <translation>絞り込んだ一覧を Excel ブック（.xlsx）に出力</translation>
    </message>
    <message>
        <source>Check a CSV file, then add all its entries at once</source>
        <translation>CSVファイルを確認し、すべての記録をまとめて追加</translation>
    </message>
    <message>
        <source>A CSV file with only the header, to fill in for an import</source>
        <translation>取り込み用に記入する、見出し行だけのCSVファイル</translation>
    </message>
    <message>
        <source>Print — %1</source>
        <translation>印刷 — %1</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>印刷していません：%1</translation>
    </message>
    <message>
        <source>The ledger was sent to the printer.</source>
        <translation>台帳をプリンターに送りました。</translation>
    </message>
    <message>
        <source>Save as PDF — %1</source>
        <translation>PDFに保存 — %1</translation>
    </message>
    <message>
        <source>&amp;Choose the file…</source>
        <translation>ファイルを選ぶ(&amp;C)…</translation>
    </message>
    <message>
        <source>Save the ledger as PDF</source>
        <translation>台帳をPDFに保存</translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation>PDFを保存していません：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries were saved as PDF: %1</source>
        <translation>
            <numerusform>%n 件をPDFに保存しました：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>出力していません：%1</translation>
    </message>
    <message>
        <source>entry No. %1</source>
        <translation>記録 No.%1</translation>
    </message>
    <message>
        <source>header</source>
        <translation>見出し行</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…ほか %n 文字</numerusform>
        </translation>
    </message>
    <message>
        <source>Shift_JIS (CP932) cannot hold these characters, so no Shift_JIS file is written:</source>
        <translation>次の文字は Shift_JIS（CP932）で保存できないため、Shift_JIS のファイルは書き出しません：</translation>
    </message>
    <message>
        <source>Export as UTF-8 (Excel) instead? UTF-8 holds every character, and Excel opens it with a double-click.</source>
        <translation>代わりに UTF-8（Excel）で出力しますか？ UTF-8 はすべての文字を保存でき、Excel でダブルクリックして開けます。</translation>
    </message>
    <message>
        <source>Characters Shift_JIS cannot hold</source>
        <translation>Shift_JIS で保存できない文字</translation>
    </message>
    <message>
        <source>Nothing was exported: Shift_JIS (CP932) cannot hold every character of this ledger.</source>
        <translation>出力していません：この台帳には Shift_JIS（CP932）で保存できない文字があります。</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Excelに出力</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>CSVに出力</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message numerus="yes">
        <source>%n entries were exported (%1): %2</source>
        <translation>
            <numerusform>%n 件を出力しました（%1）：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Import from CSV — %1</source>
        <translation>CSVから取り込み — %1</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>ファイル %1 を読み込めませんでした：%2</translation>
    </message>
    <message>
        <source>The file %1 is too large to import (more than %2 MB). Split it into smaller files.</source>
        <translation>ファイル %1 は大きすぎて取り込めません（%2 MB 超）。小さなファイルに分けてください。</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>ファイルを取り込めません：%1</translation>
    </message>
    <message>
        <source>Save a sample CSV</source>
        <translation>見本CSVを保存</translation>
    </message>
    <message>
        <source>%1_sample.csv</source>
        <translation>%1_見本.csv</translation>
    </message>
    <message>
        <source>The sample was not saved (%1): %2</source>
        <translation>見本を保存していません（%1）：%2</translation>
    </message>
    <message>
        <source>A sample with the columns of %1 was saved: %2. Fill in one row per entry, then import it.</source>
        <translation>%1 の列を並べた見本を保存しました：%2。記録1件につき1行を記入してから取り込んでください。</translation>
    </message>
    <message>
        <source>Print entry No. %1</source>
        <translation>記録 No.%1 の印刷</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>印刷していません</translation>
    </message>
    <message>
        <source>Entry No. %1 was sent to the printer.</source>
        <translation>記録 No.%1 をプリンターに送りました。</translation>
    </message>
    <message>
        <source>Save entry No. %1 as PDF</source>
        <translation>記録 No.%1 をPDFに保存</translation>
    </message>
    <message>
        <source>Save the entry as PDF</source>
        <translation>記録をPDFに保存</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>PDFを保存していません</translation>
    </message>
    <message>
        <source>Entry No. %1 was saved as PDF: %2</source>
        <translation>記録 No.%1 をPDFに保存しました：%2</translation>
    </message>
    <message>
        <source>“%1” %2  (%3, %4)</source>
        <translation>「%1」%2（%3、%4）</translation>
    </message>
    <message>
        <source>Lines of entry No. %1 to Excel</source>
        <translation>記録 No.%1 のチェック結果をExcelへ</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>出力していません</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of entry No. %1 were exported to Excel: %2</source>
        <translation>
            <numerusform>記録 No.%1 のチェック結果 %n 行をExcelに出力しました：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>The check of %1 was cancelled. Nothing was imported.</source>
        <translation>%1 の確認を取り消しました。何も取り込まれていません。</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文書</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel ブック</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV ファイル</translation>
    </message>
    <message>
        <source>Nothing was printed or saved: the list&apos;s filter needs fixing first. %1</source>
        <translation>印刷も保存もしていません。先に一覧の絞り込みを直してください。%1</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerPage</name>
    <message>
        <source>&amp;New…</source>
        <translation>新規(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>訂正(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>出力(&amp;O)</translation>
    </message>
    <message>
        <source>I&amp;mport</source>
        <translation>取り込み(&amp;M)</translation>
    </message>
    <message>
        <source>Write a new entry (Ctrl+N)</source>
        <translation>新しい記録を書く（Ctrl+N）</translation>
    </message>
    <message>
        <source>Correct the selected entry; the version before is kept</source>
        <translation>選んだ記録を訂正します（前の版は残ります）</translation>
    </message>
    <message>
        <source>Send the selected entry back to the writer with a comment</source>
        <translation>選んだ記録をコメントを付けて記入者に差し戻す</translation>
    </message>
    <message>
        <source>Every version of the selected entry and the decisions about it</source>
        <translation>選んだ記録のすべての版と、承認・確認の記録</translation>
    </message>
    <message>
        <source>Print, PDF, CSV or Excel of the list as filtered</source>
        <translation>絞り込んだ一覧の印刷・PDF・CSV・Excel</translation>
    </message>
    <message>
        <source>Add entries from a CSV file</source>
        <translation>CSVファイルから記録を追加</translation>
    </message>
    <message>
        <source>Record &amp;entry…</source>
        <translation>入室を記録(&amp;E)…</translation>
    </message>
    <message>
        <source>Record e&amp;xit…</source>
        <translation>退室を記録(&amp;X)…</translation>
    </message>
    <message>
        <source>Somebody comes in: a new entry with today&apos;s date, the time now and you as escort</source>
        <translation>入室：本日の日付、現在時刻、立会者を自分として新しい記録を作成</translation>
    </message>
    <message>
        <source>The selected person leaves: the time out becomes the time now</source>
        <translation>退室：選んだ人の退室時刻を現在時刻にします</translation>
    </message>
    <message numerus="yes">
        <source>%n entries were imported.</source>
        <translation>
            <numerusform>%n 件を取り込みました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>件数不明</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>件数を数えています…</translation>
    </message>
    <message numerus="yes">
        <source>Inside now: %n</source>
        <translation>
            <numerusform>在室中：%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Inside now: ?</source>
        <translation>在室中：? 人</translation>
    </message>
    <message>
        <source>Entry No. %1 was added.</source>
        <translation>記録 No.%1 を追加しました。</translation>
    </message>
    <message>
        <source>Entry No. %1 already has a time out.</source>
        <translation>記録 No.%1 には既に退室時刻があります。</translation>
    </message>
    <message>
        <source>Record the exit</source>
        <translation>退室の記録</translation>
    </message>
    <message>
        <source>Record that %1 left at %2?</source>
        <translation>%1 さんが %2 に退室したと記録しますか？</translation>
    </message>
    <message>
        <source>The exit was not recorded: %1</source>
        <translation>退室を記録していません：%1</translation>
    </message>
    <message>
        <source>The exit of %1 was recorded at %2.</source>
        <translation>%1 さんの退室を %2 として記録しました。</translation>
    </message>
    <message>
        <source>Entry No. %1 was corrected.</source>
        <translation>記録 No.%1 を訂正しました。</translation>
    </message>
    <message>
        <source>Entry No. %1: %2.</source>
        <translation>記録 No.%1：%2。</translation>
    </message>
    <message>
        <source>Check &amp;items…</source>
        <translation>チェック項目(&amp;I)…</translation>
    </message>
    <message>
        <source>The items every new sheet starts from (kept by the chief)</source>
        <translation>新しいシートが使うチェック項目（事務取扱責任者が管理）</translation>
    </message>
    <message>
        <source>Record the re&amp;turn…</source>
        <translation>返却を記録(&amp;T)…</translation>
    </message>
    <message>
        <source>What the selected carry-out took out is back: the return becomes the time now</source>
        <translation>選択した持出しの返却を記録します。返却日時は現在の時刻になります</translation>
    </message>
    <message>
        <source>People who came in and have no time out yet, whatever day they came</source>
        <translation>入室後、退室時刻が記録されていない人（入室した日を問わず）</translation>
    </message>
    <message numerus="yes">
        <source>Return overdue: %n</source>
        <translation>
            <numerusform>返却遅れ: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Return overdue: ?</source>
        <translation>返却遅れ: ?</translation>
    </message>
    <message>
        <source>Carry-outs past their expected return with no return recorded</source>
        <translation>返却予定日時を過ぎても返却が記録されていない持出し</translation>
    </message>
    <message>
        <source>Record the return</source>
        <translation>返却の記録</translation>
    </message>
    <message>
        <source>Record that what entry No. %1 took out came back now (%2)?</source>
        <translation>No. %1 で持ち出したものが今（%2）返却されたと記録しますか？</translation>
    </message>
    <message>
        <source>The return was not recorded: %1</source>
        <translation>返却は記録されませんでした: %1</translation>
    </message>
    <message>
        <source>The return of entry No. %1 was recorded: %2.</source>
        <translation>No. %1 の返却を記録しました: %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries: %1.</source>
        <translation>
            <numerusform>%n 件：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries: %1. Not recorded:</source>
        <translation>
            <numerusform>%n 件：%1。記録できなかったもの：</numerusform>
        </translation>
    </message>
    <message>
        <source>「%1」 ascending</source>
        <translation>「%1」の昇順</translation>
    </message>
    <message>
        <source>「%1」 descending</source>
        <translation>「%1」の降順</translation>
    </message>
    <message>
        <source>oldest date first</source>
        <translation>日付の古い順</translation>
    </message>
    <message>
        <source>newest date first</source>
        <translation>日付の新しい順</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the ledger keeps every row of the file already (%n rows).</source>
        <translation>
            <numerusform>取り込んだ記録はありません。ファイルのすべての行（%n 行）が台帳に既にあります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows were left out: the ledger keeps them already.</source>
        <translation>
            <numerusform>台帳に既にある %n 行は取り込みませんでした。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daicho::LedgerPrint</name>
    <message>
        <source>Cannot write the PDF file %1. Check that the folder exists and is writable.</source>
        <translation>PDFファイル %1 を書き込めません。フォルダーが存在し書き込めることを確認してください。</translation>
    </message>
    <message>
        <source>A new page could not be started.</source>
        <translation>新しいページを開始できませんでした。</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerQuery</name>
    <message>
        <source>There is no form called %1.</source>
        <translation>%1 という様式はありません。</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerReader</name>
    <message>
        <source>The database holds entries of a form this version of Daicho does not know (%1). Use the version that wrote them.</source>
        <translation>このデータベースには、このバージョンの Daicho が知らない様式（%1）の記録があります。記録したバージョンを使ってください。</translation>
    </message>
    <message>
        <source>Entry %1 does not exist.</source>
        <translation>記録 %1 はありません。</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerRowCache</name>
    <message>
        <source>The list changed while it was shown. Reload it (F5).</source>
        <translation>表示中に一覧が変わりました。再読み込み（F5）してください。</translation>
    </message>
    <message>
        <source>Entry %1 cannot be read: the database is damaged. Restore it from a backup.</source>
        <translation>記録 %1 を読み取れません。データベースが破損しています。バックアップから復元してください。</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerStore</name>
    <message>
        <source>There is no form called %1.</source>
        <translation>%1 という様式はありません。</translation>
    </message>
    <message>
        <source>Entry %1 does not exist.</source>
        <translation>記録 %1 はありません。</translation>
    </message>
    <message>
        <source>Entry %1 has lost its history outside Daicho. Tell the auditor and run the verification of the audit trail.</source>
        <translation>記録 %1 の履歴が Daicho の外で失われています。監査担当者に伝え、監査記録の検証を行ってください。</translation>
    </message>
    <message>
        <source>Say why the entry is corrected: the reason is kept with the correction.</source>
        <translation>訂正の理由を入力してください。理由は訂正とともに記録されます。</translation>
    </message>
    <message>
        <source>Nothing was changed, so no correction was saved.</source>
        <translation>変更がないため、訂正は保存していません。</translation>
    </message>
    <message>
        <source>This entry is not waiting for a decision (it is: %1).</source>
        <translation>この記録は判断待ちではありません（状態：%1）。</translation>
    </message>
    <message>
        <source>%1 entries are %2, not %3.</source>
        <translation>%1 の記録に行うのは「%2」で、「%3」ではありません。</translation>
    </message>
    <message>
        <source>Say what should be corrected: the comment goes back to the writer with the entry.</source>
        <translation>訂正すべき点を書いてください。コメントは記録とともに記入者に戻ります。</translation>
    </message>
    <message>
        <source>You wrote this version of the entry, so another approver must decide on it.</source>
        <translation>この版はあなたが記入したため、他の承認者が判断する必要があります。</translation>
    </message>
    <message>
        <source>The writer has not finished this entry yet (it is not signed off), so it cannot be reviewed. Review it once it is complete.</source>
        <translation>記入者がまだ記入を完了していない（記入完了の確認がない）ため、確認できません。完了してから確認してください。</translation>
    </message>
    <message>
        <source>This entry names you as “%1”, so another approver must decide on it.</source>
        <translation>この記録の「%1」はあなたであるため、他の承認者が判断する必要があります。</translation>
    </message>
    <message>
        <source>This department is retired and takes no new entries. Choose a department in use.</source>
        <translation>この部署は廃止されているため、新しい記録には選べません。使用中の部署を選んでください。</translation>
    </message>
    <message>
        <source>The provision of this individual&apos;s data in this database to third parties was stopped at their request (%1, 第37条2項): it may not be provided. Ask the desk (相談窓口) if the stop no longer applies.</source>
        <translation>この本人のこのデータベースの個人データの第三者提供は、本人の請求により停止されています（%1、第37条2項）。提供できません。停止が続いているか分からないときは、相談窓口に確認してください。</translation>
    </message>
    <message>
        <source>This entry was written with 「%1」 of %2: its kind, department and writer stay as that step made them. Correct the date, the method or the note; for anything else, record a new entry.</source>
        <translation>この記録は%2の「%1」とともに書かれたものです。区分・部署・担当者はそのときのまま変えられません。日付・方法・備考は訂正できます。それ以外は新しい記録を作ってください。</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerTable</name>
    <message>
        <source>There is no form called %1.</source>
        <translation>%1 という様式はありません。</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerTableModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Ver.</source>
        <translation>版</translation>
    </message>
    <message>
        <source>%1, return overdue</source>
        <translation>%1・返却遅れ</translation>
    </message>
    <message>
        <source>%1, no time out</source>
        <translation>%1・退室未記録</translation>
    </message>
    <message>
        <source>Not returned by its expected return: record the return, or ask the carrier.</source>
        <translation>返却予定日時を過ぎても返却されていません。返却を記録するか、持出者に確認してください。</translation>
    </message>
    <message>
        <source>No time out after the day of the visit: record the exit, or find out when the person left.</source>
        <translation>入室した日を過ぎても退室時刻がありません。退室を記録するか、いつ退室したか確認してください。</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerText</name>
    <message>
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>確認(&amp;V)</translation>
    </message>
    <message>
        <source>Re&amp;turn</source>
        <translation>差戻し(&amp;T)</translation>
    </message>
    <message>
        <source>opt-out</source>
        <translation>オプトアウト</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>from a non-business</source>
        <translation>事業者以外から</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerTypes</name>
    <message>
        <source>Recorded</source>
        <translation>記録済み</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>確認待ち</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation>差戻し</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>記入中</translation>
    </message>
</context>
<context>
    <name>daicho::LegalBasis</name>
    <message>
        <source>Personal data that includes sensitive personal information cannot be provided by opt-out (規程第30条2項（法27条2項ただし書）). Obtain the individual&apos;s consent and record the provision in 様式6-2.</source>
        <translation>要配慮個人情報を含む個人データは、オプトアウトにより提供できません（規程第30条2項（法27条2項ただし書））。本人の同意を得て、様式6-2に記録してください。</translation>
    </message>
    <message>
        <source>Personal data that includes sensitive personal information cannot be received by opt-out (規程第30条2項・第27条2項（法27条2項ただし書・法20条2項）). Ask the provider to obtain the individual&apos;s consent and record the receipt in 様式7-2.</source>
        <translation>要配慮個人情報を含む個人データは、オプトアウトにより受領できません（規程第30条2項・第27条2項（法27条2項ただし書・法20条2項））。提供元に本人の同意を得てもらい、様式7-2に記録してください。</translation>
    </message>
</context>
<context>
    <name>daicho::LegalBasisDialog</name>
    <message>
        <source>&amp;Yes</source>
        <translation>はい(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>いいえ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Record in this form</source>
        <translation>この様式で記録する(&amp;R)</translation>
    </message>
    <message>
        <source>Provision to a third party: which record?</source>
        <translation>第三者への提供：どの記録が必要か</translation>
    </message>
    <message>
        <source>Receipt from a third party: which record?</source>
        <translation>第三者からの受領：どの記録が必要か</translation>
    </message>
    <message>
        <source>&amp;Answers so far (choose one to change it):</source>
        <translation>これまでの回答(&amp;A)（選ぶと変更できます）：</translation>
    </message>
    <message>
        <source>Answers so far</source>
        <translation>これまでの回答</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>質問 %1</translation>
    </message>
    <message>
        <source>Record it in %1.</source>
        <translation>%1 に記録してください。</translation>
    </message>
    <message>
        <source>This provision is not allowed.</source>
        <translation>この提供はできません。</translation>
    </message>
    <message>
        <source>This receipt is not allowed.</source>
        <translation>この受領はできません。</translation>
    </message>
    <message>
        <source>No record is needed.</source>
        <translation>記録は不要です。</translation>
    </message>
    <message>
        <source>&amp;Skip: the basis is known</source>
        <translation>根拠は確認済み：この様式に記録(&amp;S)</translation>
    </message>
    <message>
        <source>Open the editor of this form now. Choose this only when the legal basis is already settled, as for the same provision every month.</source>
        <translation>この様式の入力画面をすぐ開きます。毎月同じ提供を記録する場合など、法的根拠が確認済みのときだけ使ってください。</translation>
    </message>
    <message>
        <source>Answer the questions about the legal basis of this provision (規程第30条; 法27条・28条・31条). They decide which record is needed (規程第31条; 法29条).</source>
        <translation>この提供の根拠についての質問に答えてください（規程第30条、法27条・28条・31条）。答えにより必要な記録が決まります（規程第31条、法29条）。</translation>
    </message>
    <message>
        <source>Answer the questions about the legal basis of this receipt (規程第30条; 法27条・31条). They decide which confirmation and record are needed (規程第32条; 法30条).</source>
        <translation>この受領の根拠についての質問に答えてください（規程第30条、法27条・31条）。答えにより必要な確認と記録が決まります（規程第32条、法30条）。</translation>
    </message>
    <message>
        <source>Articles: %1</source>
        <translation>根拠条項：%1</translation>
    </message>
    <message>
        <source>Articles: %1 (rules of %2)</source>
        <translation>根拠条項：%1（判断基準の版：%2）</translation>
    </message>
    <message>
        <source>&amp;Why? What counts</source>
        <translation>なぜ？ 何が当たるか(&amp;W)</translation>
    </message>
</context>
<context>
    <name>daicho::LineFieldEditor</name>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>“%1” takes a number only, like 250 or 1,250: “%2” is not one. Write units or a breakdown elsewhere, or only the number.</source>
        <translation>「%1」には 250 や 1,250 のように数字だけを入力してください。「%2」は数字ではありません。単位や内訳は別の項目に書くか、数字だけにしてください。</translation>
    </message>
</context>
<context>
    <name>daicho::LockScreen</name>
    <message>
        <source>&amp;Quit Daicho</source>
        <translation>台帳を終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Nobody is signed in. Sign in with your own ID to continue.</source>
        <translation>サインインしている人はいません。続けるには、ご自身のIDでサインインしてください。</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <source>Daicho is locked and every decrypted view was cleared. Enter the password to continue where you left off.</source>
        <translation>台帳はロックされ、復号された表示はすべて消去されました。パスワードを入力すると、作業の続きから再開できます。</translation>
    </message>
    <message>
        <source>Signing in as another person discards the unsaved input of %1.</source>
        <translation>別の人がサインインすると、%1 の保存していない入力内容は破棄されます。</translation>
    </message>
    <message>
        <source>Daicho finishes the work under way (an import) before it lets anyone sign in. Every decrypted view is hidden meanwhile.</source>
        <translation>実行中の処理（取り込みなど）が終わるまで、サインインはできません。その間、復号した画面はすべて隠しています。</translation>
    </message>
</context>
<context>
    <name>daicho::MainWindow</name>
    <message>
        <source>Daicho — %1</source>
        <translation>台帳 — %1</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>ナビゲーター</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ロック(&amp;L)</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>パスワードの変更(&amp;P)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>データベース(&amp;D)</translation>
    </message>
    <message>
        <source>Replace the database &amp;key…</source>
        <translation>データベースの鍵を更新（ローテーション）(&amp;K)…</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>バックアップを作成(&amp;B)…</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>監査</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未サインイン</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>サインイン中: %1</translation>
    </message>
    <message numerus="yes">
        <source>Auto-lock after %n minute(s) idle</source>
        <translation>
            <numerusform>操作がないと%n分で自動ロック</numerusform>
        </translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>パスワードを変更しました。</translation>
    </message>
    <message>
        <source>Ledgers</source>
        <translation>台帳</translation>
    </message>
    <message>
        <source>The ledger cannot be opened</source>
        <translation>台帳を開けません</translation>
    </message>
    <message>
        <source>You may not write entries of %1.</source>
        <translation>%1 の記録を書く権限がありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries wait for your approval or review.</source>
        <translation>
            <numerusform>あなたの承認・確認を待つ記録が %n 件あります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>遅れ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n carry-outs are past their return time without a return.</source>
        <translation>
            <numerusform>返却予定日時を過ぎても返却のない持出しが %n 件あります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n</source>
        <comment>the navigator: entries waiting for the person</comment>
        <translation>
            <numerusform>%n</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests and cases</source>
        <translation>請求・事案</translation>
    </message>
</context>
<context>
    <name>daicho::NewPasswordFields</name>
    <message>
        <source>New &amp;password:</source>
        <translation>新しいパスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>確認のため再入力(&amp;R):</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n文字</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>2つのパスワードが一致しません。</translation>
    </message>
    <message>
        <source>At least %1 characters (full-width characters count too). It must not contain the sign-in ID.</source>
        <translation>%1文字以上（全角文字も1文字として数えます）。サインインIDを含めることはできません。</translation>
    </message>
</context>
<context>
    <name>daicho::Organisation</name>
    <message>
        <source>Enter the name of the department or section.</source>
        <translation>部・課の名前を入力してください。</translation>
    </message>
    <message>
        <source>The name is too long (at most 60 characters).</source>
        <translation>名前が長すぎます（60 文字まで）。</translation>
    </message>
    <message>
        <source>The chosen department does not exist.</source>
        <translation>選んだ部署は存在しません。</translation>
    </message>
    <message>
        <source>A section belongs to a department, not to another section.</source>
        <translation>課は部に属します。課の下に課は作れません。</translation>
    </message>
    <message>
        <source>The department does not exist.</source>
        <translation>その部署は存在しません。</translation>
    </message>
    <message>
        <source>The departments form a loop (%1): the table was changed outside Daicho. Tell the auditor.</source>
        <translation>部署の階層が輪になっています（%1）。Daicho の外で変更されています。監査担当者に連絡してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n people still belong to %1. Move them to another department on the user administration page first.</source>
        <translation>
            <numerusform>%1 にはまだ %n 人が所属しています。先に利用者管理で別の部署へ移してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 still has sections in use. Retire them, or move their people elsewhere and retire them, first.</source>
        <translation>%1 にはまだ使用中の課があります。先にその課を廃止してください（所属する人がいれば、先に別の部署へ移してください）。</translation>
    </message>
    <message>
        <source>%1 belongs to a retired department. Put that department back in use first.</source>
        <translation>%1 は廃止した部の課です。先にその部を使用中に戻してください。</translation>
    </message>
    <message>
        <source>%1 is the handling department of 様式3 No.%2 (第11条⑦). Correct their handling department first.</source>
        <translation>%1 は 様式3 No.%2 の取扱部署です（第11条⑦）。先にその取扱部署を訂正してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries of %1 still wait for a decision or a correction. Have them decided first.</source>
        <translation>
            <numerusform>%1 には承認・確認または訂正を待つ記録がまだ %n 件あります。先にそれらを済ませてください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daicho::OrganisationPage</name>
    <message>
        <source>Add as de&amp;partment</source>
        <translation>部として追加(&amp;P)</translation>
    </message>
    <message>
        <source>Add as &amp;section of the selected department</source>
        <translation>選択した部の課として追加(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Rename the selected one</source>
        <translation>選択したものの名前を変更(&amp;R)</translation>
    </message>
    <message>
        <source>Department / section</source>
        <translation>部・課</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Enter a name first.</source>
        <translation>先に名称を入力してください。</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 を追加しました。</translation>
    </message>
    <message>
        <source>%1 was added under %2.</source>
        <translation>%1 を %2 の下に追加しました。</translation>
    </message>
    <message>
        <source>%1 was renamed to %2.</source>
        <translation>%1 の名称を %2 に変更しました。</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下へ(&amp;W)</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>廃止(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+↑</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+↓</translation>
    </message>
    <message>
        <source>A department that no longer exists: kept for the entries and people of the past, no longer offered for new ones. It can be put back in use.</source>
        <translation>なくなった部署を廃止します。過去の記録と利用者には残り、新しい記録では選べなくなります。使用中に戻すこともできます。</translation>
    </message>
    <message>
        <source>%1 (retired %2)</source>
        <translation>%1（%2 廃止）</translation>
    </message>
    <message>
        <source>Put back in &amp;use</source>
        <translation>使用中に戻す(&amp;B)</translation>
    </message>
    <message>
        <source>%1 was retired: its entries keep it, new entries no longer offer it.</source>
        <translation>%1 を廃止しました。過去の記録には残り、新しい記録では選べません。</translation>
    </message>
    <message>
        <source>%1 is in use again.</source>
        <translation>%1 を使用中に戻しました。</translation>
    </message>
</context>
<context>
    <name>daicho::PasswordPolicy</name>
    <message>
        <source>The password is too short: it has %1 characters and needs at least %2. A short sentence is easy to remember.</source>
        <translation>パスワードが短すぎます（%1 文字。%2 文字以上必要です）。短い文にすると覚えやすくなります。</translation>
    </message>
    <message>
        <source>The password must not contain your sign-in ID.</source>
        <translation>パスワードにサインイン ID を含めることはできません。</translation>
    </message>
    <message>
        <source>A sign-in ID has 1 to 32 letters (A–Z), digits, dots, underscores or hyphens.</source>
        <translation>サインイン ID は 1～32 文字の英字（A～Z）、数字、ピリオド、下線、ハイフンで指定してください。</translation>
    </message>
</context>
<context>
    <name>daicho::PdfFinish</name>
    <message>
        <source>Cannot write the PDF file %1. Check that the folder exists and is writable.</source>
        <translation>PDFファイル %1 を書き込めません。フォルダーがあり、書き込めることを確かめてください。</translation>
    </message>
</context>
<context>
    <name>daicho::PeopleRecord</name>
    <message>
        <source>Entry %1 unlocks a person, but its author is not the chief officer.</source>
        <translation>記録 %1 はロックを解除していますが、記録者が事務取扱責任者ではありません。</translation>
    </message>
    <message>
        <source>Entry %1 names no person.</source>
        <translation>記録 %1 は利用者を示していません。</translation>
    </message>
    <message>
        <source>Entry %1 records a change to person %2 that only the chief officer may record.</source>
        <translation>記録 %1 は、事務取扱責任者だけが記録できる利用者 %2 の変更を記録しています。</translation>
    </message>
    <message>
        <source>Entry %1 changes the role of its own author.</source>
        <translation>記録 %1 は、記録者自身の役割を変更しています。</translation>
    </message>
    <message>
        <source>Person %1, recorded by entry %2, has been deleted.</source>
        <translation>記録 %2 で記録された利用者 %1 が削除されています。</translation>
    </message>
    <message>
        <source>Person %1 does not exist.</source>
        <translation>利用者 %1 は存在しません。</translation>
    </message>
    <message>
        <source>Person %1 was never recorded by the chief officer: the record was added.</source>
        <translation>利用者 %1 は事務取扱責任者が記録したことのない利用者です。記録が追加されています。</translation>
    </message>
    <message>
        <source>The role of %1 is not the one the chief officer recorded in entry %2 (%3).</source>
        <translation>%1 の役割が、事務取扱責任者が記録 %2 で記録したもの（%3）と異なります。</translation>
    </message>
    <message>
        <source>The record of %1 (name, role, department or whether removed) is not what the chief officer recorded in entry %2.</source>
        <translation>%1 の利用者情報（氏名・役割・部署・削除の有無）が、事務取扱責任者が記録 %2 で記録した内容と異なります。</translation>
    </message>
    <message>
        <source>The must-change-password flag of %1 is not what the trail recorded.</source>
        <translation>%1 の「パスワード変更が必要」の状態が、監査証跡の記録と異なります。</translation>
    </message>
    <message>
        <source>%1 was locked after failed sign-ins (entry %2), but the lock was removed.</source>
        <translation>%1 はサインインの失敗でロックされました（記録 %2）が、ロックが外されています。</translation>
    </message>
    <message>
        <source>%1 is marked as locked, but no entry of the trail locked them.</source>
        <translation>%1 はロック中とされていますが、監査証跡にロックの記録がありません。</translation>
    </message>
    <message>
        <source>It was changed outside Daicho with the database key. Ask the auditor to run the verification of the audit trail.</source>
        <translation>データベースの鍵を使って Daicho の外で変更されています。監査担当者に連絡し、監査証跡の検証を依頼してください。</translation>
    </message>
    <message>
        <source>Entry %1 locks person %2, but the trail holds too few failed sign-ins for a lock.</source>
        <translation>記録 %1 は利用者 %2 をロックしていますが、ロックに至るだけのサインインの失敗が監査証跡にありません。</translation>
    </message>
    <message>
        <source>Entry %1 by the acting chief officer changes a chief officer&apos;s record, which only a chief officer may do.</source>
        <translation>記録 %1 は、代理が事務取扱責任者の記録を変更しています。これは事務取扱責任者だけができることです。</translation>
    </message>
</context>
<context>
    <name>daicho::Permission</name>
    <message>
        <source>view the organisation</source>
        <translation>組織を見る</translation>
    </message>
    <message>
        <source>change departments and sections</source>
        <translation>部・課を変更する</translation>
    </message>
    <message>
        <source>view the list of users</source>
        <translation>利用者の一覧を見る</translation>
    </message>
    <message>
        <source>add, change or remove users</source>
        <translation>利用者を追加・変更・削除する</translation>
    </message>
    <message>
        <source>unlock a locked user</source>
        <translation>ロックされた利用者のロックを解除する</translation>
    </message>
    <message>
        <source>change your own password</source>
        <translation>自分のパスワードを変更する</translation>
    </message>
    <message>
        <source>change shared settings</source>
        <translation>共通の設定を変更する</translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation>監査証跡を見る</translation>
    </message>
    <message>
        <source>verify the audit trail</source>
        <translation>監査証跡を検証する</translation>
    </message>
    <message>
        <source>sign an audit checkpoint</source>
        <translation>監査チェックポイントに署名する</translation>
    </message>
    <message>
        <source>rotate the database key</source>
        <translation>データベースの鍵を更新する</translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation>バックアップを作成する</translation>
    </message>
    <message>
        <source>Change your initial password before doing anything else.</source>
        <translation>先に初期パスワードを変更してください。</translation>
    </message>
    <message>
        <source>A %1 may not %2.</source>
        <translation>%1は「%2」ことができません。</translation>
    </message>
    <message>
        <source>read the registers and logs</source>
        <translation>台帳・記録簿を閲覧する</translation>
    </message>
    <message>
        <source>write entries in the registers and logs</source>
        <translation>台帳・記録簿に記入する</translation>
    </message>
    <message>
        <source>approve or review entries</source>
        <translation>記録を承認・確認する</translation>
    </message>
    <message>
        <source>print or export a ledger</source>
        <translation>台帳を印刷・出力する</translation>
    </message>
    <message>
        <source>import entries from a CSV file</source>
        <translation>CSVファイルから記録を取り込む</translation>
    </message>
    <message>
        <source>change the check items of the monitoring sheet</source>
        <translation>モニタリングシートのチェック項目を変更する</translation>
    </message>
    <message>
        <source>This database was opened only to verify its audit trail.</source>
        <translation>このデータベースは監査証跡の検証のためだけに開かれています。</translation>
    </message>
    <message>
        <source>see what falls due for disposal</source>
        <translation>廃棄期限を迎える記録の確認</translation>
    </message>
    <message>
        <source>approve and run the disposal of records</source>
        <translation>記録の廃棄の承認・実行</translation>
    </message>
    <message>
        <source>confirm a disposal the chief approved</source>
        <translation>事務取扱責任者が承認した廃棄の確認</translation>
    </message>
    <message>
        <source>set the centre&apos;s retention periods</source>
        <translation>センターの保存期間の設定</translation>
    </message>
</context>
<context>
    <name>daicho::PersonSearch</name>
    <message>
        <source>Enter the person&apos;s name or its reading (two characters or more): one character would find records of many people.</source>
        <translation>本人の氏名又はふりがなを2文字以上入力してください。1文字では多くの人の記録が見つかってしまいます。</translation>
    </message>
</context>
<context>
    <name>daicho::PersonSearchDialog</name>
    <message>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDFに保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Records about a person</source>
        <translation>本人の記録</translation>
    </message>
    <message>
        <source>The records of provision and receipt (様式6-x・7-x) naming the person, and their requests. Kana, width and spaces are ignored; a name in kanji does not find a record written in kana only — type both when you know them.</source>
        <translation>この本人が記載された提供・受領の記録（様式6-x・7-x）と、本人の請求を探します。ひらがな・カタカナ、全角・半角、空白の違いは区別しません。漢字の氏名ではカナだけで書かれた記録は見つからないため、分かるときは両方入力してください。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>氏名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Reading (kana):</source>
        <translation>ふりがな(&amp;R):</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>生年月日(&amp;B):</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>年月日</translation>
    </message>
    <message>
        <source>Other party or kind</source>
        <translation>提供先・提供元又は種類</translation>
    </message>
    <message>
        <source>As recorded</source>
        <translation>記録されている本人の記載</translation>
    </message>
    <message>
        <source>Records found</source>
        <translation>見つかった記録</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>The date of birth is not a date. Type it as 1980/2/29 or 昭和55年2月29日, or leave it empty.</source>
        <translation>生年月日が日付として読めません。1980/2/29 や 昭和55年2月29日 のように入力するか、空欄にしてください。</translation>
    </message>
    <message>
        <source>Request %1 No.%2</source>
        <translation>請求 %1 第%2号</translation>
    </message>
    <message>
        <source>Found %1 record(s) of provision or receipt and %2 request(s).</source>
        <translation>提供・受領の記録 %1件、請求 %2件が見つかりました。</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
    <message>
        <source>Save the records as PDF</source>
        <translation>記録をPDFに保存</translation>
    </message>
    <message>
        <source>records-of-provision.pdf</source>
        <translation>第三者提供記録.pdf</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>PDFファイル</translation>
    </message>
</context>
<context>
    <name>daicho::PlainTextFieldEditor</name>
    <message>
        <source>One per line</source>
        <translation>1行に1つ</translation>
    </message>
</context>
<context>
    <name>daicho::PrintOptionsDialog</name>
    <message>
        <source>Add the &amp;Western year to dates (令和8年4月1日（2026年）)</source>
        <translation>日付に西暦を併記する(&amp;W)（令和8年4月1日（2026年））</translation>
    </message>
    <message>
        <source>Print &amp;stamp boxes (押印欄)</source>
        <translation>押印欄を印刷する(&amp;S)</translation>
    </message>
    <message>
        <source>Dates print in the Japanese calendar (和暦).</source>
        <translation>日付は和暦で印刷します。</translation>
    </message>
    <message>
        <source>&amp;Every item the form records (the ledger to keep)</source>
        <translation>様式のすべての記載事項（保存する台帳）(&amp;E)</translation>
    </message>
    <message>
        <source>Only the &amp;list&apos;s columns (an overview)</source>
        <translation>一覧に表示している列だけ（概要）(&amp;L)</translation>
    </message>
    <message>
        <source>Entries print in the order of the list on screen: %1.</source>
        <translation>画面の一覧と同じ順に印刷します：%1。</translation>
    </message>
</context>
<context>
    <name>daicho::PrintSheet</name>
    <message>
        <source>Cannot write the PDF file %1.</source>
        <translation>PDFファイル %1 を書き込めません。</translation>
    </message>
</context>
<context>
    <name>daicho::PublicNoticePage</name>
    <message>
        <source>&amp;Publish this version</source>
        <translation>この内容で公表する(&amp;P)</translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation>HTMLに保存(&amp;H)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDFに保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Made from the management register (purposes, 様式3) and the desk&apos;s data (address, hours, fees): correct those, not this text. Lines added since the version last published are green; lines removed are struck through in red.</source>
        <translation>管理台帳（様式3の利用目的）と相談窓口の設定（住所・受付時間・手数料）から作成しています。直すときはこの文ではなく、それらを直してください。前回公表した版から加わった行は緑、なくなった行は赤の取消線で示します。</translation>
    </message>
    <message>
        <source>The public notice</source>
        <translation>公表事項</translation>
    </message>
    <message>
        <source>Save the notice as HTML</source>
        <translation>公表事項をHTMLに保存</translation>
    </message>
    <message>
        <source>Web pages</source>
        <translation>Webページ</translation>
    </message>
    <message>
        <source>Save the notice as PDF</source>
        <translation>公表事項をPDFに保存</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>PDFファイル</translation>
    </message>
    <message>
        <source>Public notice (第34条1項)</source>
        <translation>公表事項（第34条1項）</translation>
    </message>
    <message>
        <source>Not published yet: everything below is new.</source>
        <translation>まだ公表していません。以下はすべて新しい内容です。</translation>
    </message>
    <message>
        <source>Last published: version %1 on %2 by %3.</source>
        <translation>前回の公表：第%1版（%2、%3）</translation>
    </message>
    <message>
        <source>The published version is up to date.</source>
        <translation>公表済みの版は最新です。</translation>
    </message>
    <message>
        <source>Published as version %1. Put the HTML on the website and the PDF at the desk.</source>
        <translation>第%1版として公表しました。HTMLをホームページに掲載し、PDFを窓口に掲示してください。</translation>
    </message>
    <message>
        <source>Cannot write %1. Choose another folder.</source>
        <translation>%1 に書き込めません。別のフォルダを選んでください。</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
</context>
<context>
    <name>daicho::PublicNotices</name>
    <message>
        <source>Only the chief officer or the acting chief publishes the public notice (第34条1項).</source>
        <translation>公表事項（第34条1項）を公表できるのは、事務取扱責任者又はその代理者だけです。</translation>
    </message>
    <message>
        <source>Nothing changed since the version published last: there is nothing new to publish.</source>
        <translation>前回公表した版から変わっていないため、新たに公表するものはありません。</translation>
    </message>
</context>
<context>
    <name>daicho::ReceiveKindDialog</name>
    <message>
        <source>Receive a request</source>
        <translation>請求の受付</translation>
    </message>
    <message>
        <source>&amp;What does the person ask for?</source>
        <translation>何の請求ですか(&amp;W)？</translation>
    </message>
    <message>
        <source>Check the person&apos;s identity before you receive the request (第38条1項(3)). The decision is due within a week of the receipt (第38条4項).</source>
        <translation>受け付ける前に本人確認をします（第38条1項(3)）。可否の決定は受付から1週間以内です（第38条4項）。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>request form %1</source>
        <translation>請求書 %1</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>次へ(&amp;N)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>daicho::Recovery</name>
    <message>
        <source>The key file has no recovery slot.</source>
        <translation>鍵ファイルに回復スロットがありません。</translation>
    </message>
    <message>
        <source>The recovery key is wrong. Type it exactly as printed.</source>
        <translation>回復キーが違います。印刷されたとおりに入力してください。</translation>
    </message>
    <message>
        <source>This recovery key has already been replaced by a newer one.</source>
        <translation>この回復キーはすでに新しいものに置き換えられています。</translation>
    </message>
    <message>
        <source>The recovery key can only restore the chief officer or the acting chief officer. Check the sign-in ID.</source>
        <translation>回復キーで復旧できるのは事務取扱責任者と事務取扱責任者代理だけです。サインイン ID を確認してください。</translation>
    </message>
    <message>
        <source>Close every other Daicho window on this database before using the recovery key.</source>
        <translation>回復キーを使う前に、このデータベースを開いている他の台帳ウィンドウをすべて閉じてください。</translation>
    </message>
    <message>
        <source>The recovery key was typed wrongly several times. Wait %1 seconds before trying again.</source>
        <translation>回復キーの入力誤りが続いています。%1 秒待ってからやり直してください。</translation>
    </message>
    <message>
        <source>The recovery slot&apos;s signing key is not the registered, valid recovery key of this database.</source>
        <translation>回復スロットの署名鍵が、このデータベースに登録された有効な回復キーではありません。</translation>
    </message>
</context>
<context>
    <name>daicho::RecoveryDialog</name>
    <message>
        <source>Restore access with the recovery key</source>
        <translation>回復キーでアクセスを回復</translation>
    </message>
    <message>
        <source>Use this only when the chief&apos;s password is lost. The chief or the acting chief gets the new password below, the database key is replaced, and a new recovery key is shown once: the old one stops working.</source>
        <translation>責任者のパスワードが分からなくなったときだけ使ってください。事務取扱責任者または総務課長に下記の新しいパスワードが設定され、データベースの鍵が更新され、新しい回復キーが一度だけ表示されます。古い回復キーは使えなくなります。</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>回復キー(&amp;K):</translation>
    </message>
    <message>
        <source>Sign-in &amp;ID of the chief or acting chief:</source>
        <translation>責任者または総務課長のサインインID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Restore access</source>
        <translation>アクセスを回復(&amp;R)</translation>
    </message>
    <message>
        <source>Enter the recovery key and the sign-in ID.</source>
        <translation>回復キーとサインインIDを入力してください。</translation>
    </message>
    <message>
        <source>Restoring access and replacing the database key…</source>
        <translation>アクセスを回復し、データベースの鍵を更新しています…</translation>
    </message>
    <message>
        <source>Replace the database key</source>
        <translation>データベースの鍵の更新</translation>
    </message>
    <message>
        <source>The recovery worked, but the database key could not be replaced yet: %1 Replace it from the Database menu as soon as possible.</source>
        <translation>回復はできましたが、データベースの鍵はまだ更新できていません：%1 できるだけ早く「データベース」メニューから更新してください。</translation>
    </message>
</context>
<context>
    <name>daicho::RecoveryKeyDialog</name>
    <message>
        <source>I have &amp;written the key down or printed it, and will keep it locked away from this PC.</source>
        <translation>回復キーを書き留めるか印刷し、このPCとは別の施錠できる場所に保管します(&amp;W)。</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完了(&amp;D)</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>回復キー</translation>
    </message>
    <message>
        <source>This recovery key restores access when the chief&apos;s password is lost. It is shown only now and is not stored anywhere in readable form. Anyone who has it can open the database, so keep it like a safe&apos;s key: on paper, in a locked place, not on this PC.</source>
        <translation>この回復キーは、責任者のパスワードが分からなくなったときにアクセスを回復するためのものです。表示されるのは今回だけで、読める形ではどこにも保存されません。持っている人はだれでもデータベースを開けるため、金庫の鍵と同じように、紙に控えて施錠できる場所に保管し、このPCには置かないでください。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Daicho recovery key</source>
        <translation>台帳 回復キー</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>データベースファイル</translation>
    </message>
    <message>
        <source>With this key the chief or the acting chief can set a new password when theirs is lost (sign-in screen → &quot;Use the recovery key&quot;). Using it replaces it with a new key. Keep this sheet in a locked place away from the PC; whoever holds it can open the database.</source>
        <translation>パスワードが分からなくなったとき、このキーを使って事務取扱責任者または総務課長が新しいパスワードを設定できます（サインイン画面の「回復キーを使う」）。使用すると新しいキーに置き換わります。この用紙はPCから離れた施錠できる場所に保管してください。持っている人はだれでもデータベースを開けます。</translation>
    </message>
    <message>
        <source>Kept by</source>
        <translation>保管者</translation>
    </message>
</context>
<context>
    <name>daicho::RegistrarRows</name>
    <message>
        <source>A record (%1 %2) was changed outside Daicho: %3 Tell the auditor and run the verification of the audit trail.</source>
        <translation>記録（%1 %2）が Daicho の外で変更されています：%3 監査担当者に連絡し、監査証跡の検証を行ってください。</translation>
    </message>
    <message>
        <source>no entry of the trail records it.</source>
        <translation>監査証跡にこれを記録した記録がありません。</translation>
    </message>
    <message>
        <source>the entry that records it was altered.</source>
        <translation>これを記録した記録が書き換えられています。</translation>
    </message>
    <message>
        <source>entry %1 that records it is not signed by the chief officer.</source>
        <translation>これを記録した記録 %1 が事務取扱責任者の署名ではありません。</translation>
    </message>
    <message>
        <source>it differs from what entry %1 recorded.</source>
        <translation>記録 %1 が記録した内容と異なります。</translation>
    </message>
    <message>
        <source>entry %1 that records it is signed by a removed person.</source>
        <translation>これを記録した記録 %1 は、削除された利用者の署名です。</translation>
    </message>
</context>
<context>
    <name>daicho::RequestDesk</name>
    <message>
        <source>Only the chief officer or the acting chief changes the desk&apos;s data and fees.</source>
        <translation>相談窓口の設定と手数料を変更できるのは、事務取扱責任者又はその代理者だけです。</translation>
    </message>
    <message>
        <source>Choose the desk&apos;s department from the list.</source>
        <translation>相談窓口の部署を一覧から選んでください。</translation>
    </message>
    <message>
        <source>The desk&apos;s data could not be read.</source>
        <translation>相談窓口の設定を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name: it is printed on every notice.</source>
        <translation>法人名を入力してください。すべての通知書に印刷されます。</translation>
    </message>
    <message>
        <source>Enter the desk&apos;s address (第33条2項(1)).</source>
        <translation>相談窓口の住所を入力してください（第33条2項(1)）。</translation>
    </message>
    <message>
        <source>Enter the desk&apos;s phone number (第33条2項(2)).</source>
        <translation>相談窓口の電話番号を入力してください（第33条2項(2)）。</translation>
    </message>
    <message>
        <source>Enter the desk&apos;s hours (第33条2項(3)).</source>
        <translation>相談窓口の受付時間を入力してください（第33条2項(3)）。</translation>
    </message>
    <message>
        <source>A fee is between 0 and 100,000 yen (第39条2項: within the actual cost).</source>
        <translation>手数料は0円から100,000円までで入力してください（第39条2項：実費を勘案した範囲内）。</translation>
    </message>
    <message>
        <source>Version %1 of the desk&apos;s data is missing: it was removed outside Daicho. Tell the auditor and run the verification of the audit trail.</source>
        <translation>相談窓口の設定の版 %1 がありません。Daicho の外で削除されています。監査担当者に伝え、監査証跡の検証を実行してください。</translation>
    </message>
    <message>
        <source>Choose the health-check sections from the list (第33条1項).</source>
        <translation>健診事業の担当部署は一覧から選んでください（第33条1項）。</translation>
    </message>
</context>
<context>
    <name>daicho::RequestsPage</name>
    <message>
        <source>&amp;Receive a request…</source>
        <translation>請求を受け付ける(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>規程第33条〜第39条: requests from individuals about their own data</source>
        <translation>規程第33条〜第39条：本人からの保有個人データに関する請求</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>未完了のみ</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S)：</translation>
    </message>
    <message>
        <source>Record a request received at the desk (Ctrl+N)</source>
        <translation>窓口で受けた請求を記録します（Ctrl+N）</translation>
    </message>
    <message>
        <source>Open the selected case (Enter)</source>
        <translation>選んだ請求を開きます（Enter）</translation>
    </message>
    <message>
        <source>Receipt No.</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受付日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Handling section</source>
        <translation>担当部署</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>Requests for disclosure and others</source>
        <translation>開示等の請求</translation>
    </message>
    <message>
        <source>not named yet: the chief names it on the page 「%1」</source>
        <translation>未設定。事務取扱責任者が「%1」で定めます</translation>
    </message>
    <message>
        <source>Request desk</source>
        <translation>相談窓口・休業日</translation>
    </message>
    <message>
        <source>Requests are read by the desk (%1), the section handling each request and its head, the chief officer and the acting chief, and the auditor (第33条, 第15条). Other staff do not see them.</source>
        <translation>請求を閲覧できるのは、窓口（%1）、各請求の担当部署とその部門責任者、事務取扱責任者・代行者、監査責任者です（第33条、第15条）。ほかの職員には表示されません。</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>No open requests you may read.</source>
        <translation>閲覧できる未完了の請求はありません。</translation>
    </message>
    <message>
        <source>No requests you may read.</source>
        <translation>閲覧できる請求はありません。</translation>
    </message>
    <message>
        <source>The fee the chief set for this request: %1 yen (第39条, desk data version %2). Change it if another applies.</source>
        <translation>事務取扱責任者が定めたこの請求の手数料：%1円（第39条、窓口の設定 第%2版）。異なる場合は変更してください。</translation>
    </message>
    <message>
        <source>The request was received as %1.</source>
        <translation>%1として受け付けました。</translation>
    </message>
    <message>
        <source>The request was received.</source>
        <translation>請求を受け付けました。</translation>
    </message>
    <message>
        <source>Records about a &amp;person…</source>
        <translation>本人の記録を探す(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Blank forms…</source>
        <translation>白紙の様式(&amp;B)…</translation>
    </message>
    <message>
        <source>様式8 保有個人データ開示等請求書</source>
        <translation>様式8 保有個人データ開示等請求書</translation>
    </message>
    <message>
        <source>様式9 委任状</source>
        <translation>様式9 委任状</translation>
    </message>
    <message>
        <source>様式8, 11 and 13 (requests) and 様式9 (power of attorney), to hand out at the desk</source>
        <translation>窓口で渡す様式8・11・13（請求書）と様式9（委任状）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>様式8 and 様式9 together</source>
        <translation>様式8と様式9をまとめて</translation>
    </message>
</context>
<context>
    <name>daicho::ResetPasswordDialog</name>
    <message>
        <source>Reset a password</source>
        <translation>パスワードの再設定</translation>
    </message>
    <message>
        <source>New initial password for %1 (%2). Their old password stops working and they must choose their own at the next sign-in. The reset is recorded in the audit trail.</source>
        <translation>%1（%2）の新しい初期パスワードを設定します。これまでのパスワードは使えなくなり、次回のサインイン時に本人がパスワードを設定し直します。この再設定は監査証跡に記録されます。</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>パスワードを再設定(&amp;R)</translation>
    </message>
    <message>
        <source>New initial &amp;password:</source>
        <translation>新しい初期パスワード(&amp;P):</translation>
    </message>
</context>
<context>
    <name>daicho::RetentionPeriodsPage</name>
    <message>
        <source>Form</source>
        <translation>様式</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>台帳</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保存期間</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>定め</translation>
    </message>
    <message>
        <source>&amp;Save as a new version</source>
        <translation>新しい版として保存(&amp;S)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>設定日時</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>設定者</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>保存期間</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Why the periods change (required; kept with the version)</source>
        <translation>変更の理由（必須。版とともに記録されます）</translation>
    </message>
    <message>
        <source>The records of provision and receipt are kept as 第31条9項・第32条9項 say, the register&apos;s entries while their database exists (第11条⑨). The other ledgers are kept as long as the centre decides (第20条1項(4) 「センターが別途定める保存期間」): the chief officer sets those periods. A change applies to entries written from then on; each entry stays kept by the version in force when it was written.</source>
        <translation>提供・受領の記録は第31条9項・第32条9項のとおり、管理台帳の記録は個人情報データベース等が存在する間（第11条⑨）保存します。その他の台帳は「センターが別途定める保存期間」（第20条1項(4)）保存し、その期間は事務取扱責任者が定めます。変更はその後に作成する記録に適用され、各記録は作成時の版の期間で保存されます。</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>版の履歴：</translation>
    </message>
    <message>
        <source>Retention periods (第20条・第31条9項)</source>
        <translation>保存期間（第20条・第31条9項）</translation>
    </message>
    <message>
        <source> years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Years %1 is kept</source>
        <translation>%1の保存年数</translation>
    </message>
    <message>
        <source>Centre&apos;s choice: %1</source>
        <translation>センターの定め：%1</translation>
    </message>
    <message>
        <source>By the regulation</source>
        <translation>規程による</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n year(s)</source>
        <translation>
            <numerusform>%1：%n年</numerusform>
        </translation>
    </message>
    <message>
        <source>(Daicho&apos;s defaults)</source>
        <translation>（Daicho の既定値）</translation>
    </message>
    <message>
        <source>Version %1 of the periods saved. Entries written from now on are kept by it.</source>
        <translation>保存期間の第%1版を保存しました。これから作成する記録はこの版で保存されます。</translation>
    </message>
    <message>
        <source>Requests from individuals and their decisions</source>
        <translation>本人からの請求とその決定（様式8〜14）</translation>
    </message>
</context>
<context>
    <name>daicho::RetentionSettings</name>
    <message>
        <source>Daicho&apos;s defaults</source>
        <translation>Daicho の既定値</translation>
    </message>
    <message>
        <source>Say why the periods change: the reason is kept with them.</source>
        <translation>保存期間を変更する理由を入力してください。理由は版とともに記録されます。</translation>
    </message>
    <message>
        <source>The period of %1 must be from 1 to 30 years.</source>
        <translation>%1の保存期間は1年から30年の間で指定してください。</translation>
    </message>
    <message>
        <source>The period of %1 is set by the regulation, not by the centre.</source>
        <translation>%1の保存期間は規程で定められており、センターでは変更できません。</translation>
    </message>
    <message>
        <source>Nothing was changed, so no new version was saved.</source>
        <translation>変更がないため、新しい版は保存していません。</translation>
    </message>
</context>
<context>
    <name>daicho::Role</name>
    <message>
        <source>Chief officer</source>
        <translation>事務取扱責任者</translation>
    </message>
    <message>
        <source>Acting chief officer</source>
        <translation>事務取扱責任者代理</translation>
    </message>
    <message>
        <source>Department head</source>
        <translation>部門責任者</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>事務取扱担当者</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>監査担当者</translation>
    </message>
</context>
<context>
    <name>daicho::Schema</name>
    <message>
        <source>The expected schema could not be built.</source>
        <translation>期待するスキーマを作成できませんでした。</translation>
    </message>
    <message>
        <source>The database was written with SQLCipher %1, but this installation has %2. Use the Debian 12 sqlcipher package that created it.</source>
        <translation>このデータベースは SQLCipher %1 で作成されていますが、この環境には %2 が入っています。作成に使った Debian 12 の sqlcipher パッケージを使ってください。</translation>
    </message>
    <message>
        <source>The database uses %1-byte pages instead of %2. It was not created by Daicho.</source>
        <translation>このデータベースのページサイズは %2 バイトではなく %1 バイトです。台帳で作成されたものではありません。</translation>
    </message>
    <message>
        <source>A schema migration is missing from this build.</source>
        <translation>この版にはスキーマの更新処理が欠けています。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Daicho (schema %1). Install that version to open it.</source>
        <translation>このデータベースは新しい版の台帳で作成されています（スキーマ %1）。開くにはその版を入れてください。</translation>
    </message>
    <message>
        <source>The database holds a schema object that Daicho did not create (%1). Someone who had the key has altered the file; it was not opened for writing. Show this to the auditor and restore from a backup.</source>
        <translation>データベースに、台帳が作成していないスキーマ要素（%1）があります。鍵を持つ者がファイルを改変しています。書き込みのためには開いていません。監査担当者に報告し、バックアップから復元してください。</translation>
    </message>
    <message>
        <source>The database lacks a part of its schema (%1). The file has been altered; restore it from a backup.</source>
        <translation>データベースのスキーマの一部（%1）がありません。ファイルが改変されています。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>The table is not audited.</source>
        <translation>この表は監査の対象ではありません。</translation>
    </message>
    <message>
        <source>An audited table has no primary key.</source>
        <translation>監査対象の表に主キーがありません。</translation>
    </message>
    <message>
        <source>The file holds no Daicho schema.</source>
        <translation>このファイルには Daicho のスキーマがありません。</translation>
    </message>
    <message>
        <source>A schema upgrade must run inside the sign-in&apos;s transaction.</source>
        <translation>スキーマの更新はサインインのトランザクションの中で行う必要があります。</translation>
    </message>
</context>
<context>
    <name>daicho::SessionHolder</name>
    <message>
        <source>Daicho is still working for the person signed in (an import, for example). Sign in again when it has finished.</source>
        <translation>Daicho はまだサインイン中の人の作業を続けています（取り込みなど）。作業が終わってから、もう一度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>daicho::Settings</name>
    <message>
        <source>The automatic lock time must be between %1 and %2 minutes.</source>
        <translation>自動ロックまでの時間は %1～%2 分で指定してください。</translation>
    </message>
    <message>
        <source>The checkpoint reminder must be between %1 and %2 days.</source>
        <translation>チェックポイントの案内までの日数は %1〜%2 日にしてください。</translation>
    </message>
    <message>
        <source>Only the chief (事務取扱責任者) sets the centre&apos;s policies.</source>
        <translation>センターの方針を設定できるのは事務取扱責任者だけです。</translation>
    </message>
</context>
<context>
    <name>daicho::SettingsPage</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message numerus="yes">
        <source>When nobody uses Daicho for this long, it locks: every decrypted view is cleared and the password is asked again. Unsaved input is kept for the same person. This applies to everyone who uses this database; the default is %n minute(s).</source>
        <translation>
            <numerusform>この時間だれも操作しないと台帳はロックされ、復号された表示はすべて消去されて、もう一度パスワードを求められます。保存していない入力内容は、同じ人がサインインし直したときに戻ります。この設定はこのデータベースの全利用者に適用されます。初期値は%n分です。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Lock after idle for:</source>
        <translation>自動ロックまでの時間(&amp;L):</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message numerus="yes">
        <source>Now: %n minute(s) (not saved yet)</source>
        <translation>
            <numerusform>現在: %n分（未保存の変更があります）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Now: %n minute(s)</source>
        <translation>
            <numerusform>現在: %n分</numerusform>
        </translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Ask the auditor for a &amp;checkpoint after:</source>
        <translation>チェックポイントを監査担当者に依頼する間隔(&amp;C)：</translation>
    </message>
    <message numerus="yes">
        <source>A checkpoint&apos;s printed code, kept away from this PC, is what proves later that the newest entries of the audit trail were not cut off. The start page asks the auditor for one when the last is older than this (default %n days).</source>
        <translation>
            <numerusform>印刷したチェックポイントのコードをこのパソコンから離れた場所に保管しておけば、監査証跡の最新の記録が切り取られていないことを後から証明できます。最後のチェックポイントがこの日数より古くなると、ホーム画面が監査担当者に署名を促します（初期値は %n 日）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved. Daicho locks after %n idle minute(s)</source>
        <translation>
            <numerusform>保存しました。操作がないと %n 分でロックします</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>。</translation>
    </message>
    <message numerus="yes">
        <source>the auditor is asked for a checkpoint after %n day(s).</source>
        <translation>
            <numerusform>チェックポイントは %n 日ごとに監査担当者に依頼します。</numerusform>
        </translation>
    </message>
    <message>
        <source>The centre&apos;s own policies (set by the chief)</source>
        <translation>センター独自の方針（事務取扱責任者が設定）</translation>
    </message>
    <message>
        <source>A new or changed purpose of data holding sensitive personal information (要配慮個人情報) needs the individuals&apos; &amp;consent</source>
        <translation>要配慮個人情報を含むデータの利用目的の追加・変更には本人の同意を必要とする(&amp;C)</translation>
    </message>
    <message>
        <source>This is the centre&apos;s own policy, not a rule of the regulation. It follows the LINE account&apos;s privacy policy (第4条2項), which binds that account only. The regulation asks that a changed purpose stays within what is reasonably related to the earlier ones (第25条2項) and is made known to the individuals (第28条3項); beyond that, their consent (第26条1項). Removing a purpose never needs consent. Only the chief (事務取扱責任者) changes this policy; each change is kept in the audit trail.</source>
        <translation>これは規程のルールではなく、センター独自の方針です。LINE公式アカウントのプライバシーポリシー（第4条2項）にならったもので、同ポリシーが適用されるのはそのアカウントだけです。規程が求めるのは、変更後の利用目的が変更前の利用目的と関連性を有すると合理的に認められる範囲内であること（第25条2項）と、本人への通知又は公表（第28条3項）であり、その範囲を超えるときは本人の同意です（第26条1項）。利用目的の削除に同意は要りません。この方針を変更できるのは事務取扱責任者だけで、変更はすべて監査証跡に記録されます。</translation>
    </message>
</context>
<context>
    <name>daicho::SignIn</name>
    <message>
        <source>The sign-in ID or the password is wrong.</source>
        <translation>サインイン ID またはパスワードが違います。</translation>
    </message>
    <message>
        <source>This sign-in ID is locked after %1 failed attempts. Ask the chief officer to unlock it.</source>
        <translation>%1 回失敗したため、このサインイン ID はロックされました。事務取扱責任者にロック解除を依頼してください。</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait %1 seconds before trying again.</source>
        <translation>失敗が続いたため、%1 秒待ってからやり直してください。</translation>
    </message>
    <message>
        <source>The failed attempt could not be recorded; sign-in is refused until the folder of the database is writable.</source>
        <translation>失敗したサインインを記録できませんでした。データベースのフォルダーに書き込めるようになるまで、サインインできません。</translation>
    </message>
    <message>
        <source>The key file belongs to a different database.</source>
        <translation>鍵ファイルが別のデータベースのものです。</translation>
    </message>
    <message>
        <source>Your key slot is not the one this database recorded for you: the key file (.daicho-keys) is an older copy (from before a password change or reset) or comes from another database. Nothing was opened. Use the current key file, or tell the chief officer.</source>
        <translation>あなたの鍵スロットが、このデータベースに記録されているものと異なります。鍵ファイル（.daicho-keys）がパスワード変更・再設定より前の古い複製か、別のデータベースのものです。何も開いていません。現在の鍵ファイルを使うか、事務取扱責任者に連絡してください。</translation>
    </message>
    <message>
        <source>The key file could not record what you saw of the audit trail: %1</source>
        <translation>あなたが確認した監査証跡の位置を鍵ファイルに記録できませんでした：%1</translation>
    </message>
    <message>
        <source>the signing key in your key slot is not one the audit trail registered for you: the key file (.daicho-keys) was altered or belongs to another database.</source>
        <translation>あなたの鍵スロットの署名鍵は、監査証跡にあなたの鍵として登録されていません。鍵ファイル（.daicho-keys）が書き換えられたか、別のデータベースのものです。</translation>
    </message>
    <message>
        <source>the signing key in your key slot was revoked by entry %1: this key file is older than your last password change or reset. Use the current key file.</source>
        <translation>あなたの鍵スロットの署名鍵は記録 %1 で失効しています。この鍵ファイルは、最後のパスワード変更・再設定より前のものです。現在の鍵ファイルを使ってください。</translation>
    </message>
    <message>
        <source>The key file holds a key slot (%1) that this database does not record: it was put there outside Daicho. It opens nothing here and the next key rotation leaves it out. Tell the chief officer.</source>
        <translation>鍵ファイルに、このデータベースが記録していない鍵スロット（%1）があります。Daicho の外で置かれたものです。このスロットでは何も開けず、次の鍵の更新で除外されます。事務取扱責任者に連絡してください。</translation>
    </message>
    <message>
        <source>the key file is in an older format than this database has used: it was replaced with an older copy, which no longer records what people last saw of the audit trail.</source>
        <translation>鍵ファイルが、このデータベースで使われてきたものより古い形式です。古い複製と差し替えられ、各人が最後に確認した監査証跡の位置が記録されていません。</translation>
    </message>
    <message>
        <source>the key file&apos;s slots or the record of what people last saw of the audit trail were changed outside Daicho (its seal under the database key does not match).</source>
        <translation>鍵ファイルの鍵スロット、または各人が最後に確認した監査証跡の位置が、Daicho の外で変更されています（データベースの鍵による封印が一致しません）。</translation>
    </message>
    <message>
        <source>The audit trail holds an entry changed outside Daicho, which was left out: %1 Tell the auditor.</source>
        <translation>監査証跡に Daicho の外で作られた記録があり、無視しました：%1 監査担当者に連絡してください。</translation>
    </message>
    <message>
        <source>Sign-in was refused: %1 Nothing was written to the database. Tell the auditor, who can check it with “daicho-cli verify”; if it was altered, it is restored from a backup.</source>
        <translation>サインインできません：%1 データベースには何も書き込んでいません。監査担当者に連絡してください。監査担当者は「daicho-cli verify」で確認できます。改ざんされていれば、バックアップから復元します。</translation>
    </message>
    <message>
        <source>Tell the auditor.</source>
        <translation>監査担当者に連絡してください。</translation>
    </message>
    <message>
        <source>Only the chief officer or the acting chief officer can set aside what key slots say was seen.</source>
        <translation>鍵スロットの確認位置の主張を退けられるのは、事務取扱責任者と代理だけです。</translation>
    </message>
    <message>
        <source>No key slot holds a claim about the audit trail that fails: there is nothing to set aside.</source>
        <translation>成り立たない監査証跡の主張を持つ鍵スロットはありません。退けるものはありません。</translation>
    </message>
    <message>
        <source>You set aside what the key slots of %1 said they saw of the audit trail; it is recorded in the trail. Tell the auditor.</source>
        <translation>%1 の鍵スロットが確認したとしていた監査証跡の位置を退けました。このことは監査証跡に記録されています。監査担当者に連絡してください。</translation>
    </message>
    <message>
        <source>the database&apos;s schema version (%1) is lower than the one entry %2 of the audit trail upgraded it to (%3): it was set back outside Daicho, and its upgrade is not run again.</source>
        <translation>データベースのスキーマの版（%1）が、監査証跡の記録 %2 で更新した版（%3）より前に戻っています。Daicho の外で戻されたため、更新処理は再び行いません。</translation>
    </message>
    <message>
        <source>Daicho was updated, and this database is brought up to date at the next sign-in of the chief officer or the acting chief: the update changes the check items of the monitoring sheet, which are theirs to keep (第15条). Ask one of them to sign in first, then sign in again.</source>
        <translation>Daicho が更新されました。このデータベースは、事務取扱責任者または代行者の次のサインインで最新の状態になります。この更新は、事務取扱責任者と代行者が管理するモニタリングシートのチェック項目を変更するためです（第15条）。先にどちらかにサインインしてもらい、その後でもう一度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>daicho::SignInDialog</name>
    <message>
        <source>Sign in — Daicho</source>
        <translation>サインイン — 台帳</translation>
    </message>
    <message>
        <source>Sign in to the personal-data ledgers</source>
        <translation>個人情報管理台帳にサインイン</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>データベース: %1</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key…</source>
        <translation>回復キーを使う(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>daicho::SignInForm</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>サインイン(&amp;S)</translation>
    </message>
    <message>
        <source>Sign-in &amp;ID:</source>
        <translation>サインインID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Enter your sign-in ID and password.</source>
        <translation>サインインIDとパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>パスワードを確認しています…</translation>
    </message>
    <message>
        <source>The sign-in ID or the password is not correct.</source>
        <translation>サインインIDまたはパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>This ID is locked after too many failed sign-ins. Ask the %1 to unlock it.</source>
        <translation>サインインの失敗が続いたため、このIDはロックされています。%1にロックの解除を依頼してください。</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>もう一度サインインできます。</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation>
            <numerusform>サインインの失敗が続いています。%n秒後にもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your sign-in ID and password again, then set the claim aside.</source>
        <translation>サインインIDとパスワードをもう一度入力してから、主張を退けてください。</translation>
    </message>
    <message>
        <source>Set aside the failing claims and sign in (chief officer)</source>
        <translation>成り立たない主張を退けてサインイン（事務取扱責任者）</translation>
    </message>
</context>
<context>
    <name>daicho::SignInJournal</name>
    <message>
        <source>The sign-in record %1 cannot be written. Check that the folder is writable and the disk is not full.</source>
        <translation>サインイン記録 %1 を書き込めません。フォルダーに書き込めるか、ディスクに空きがあるか確認してください。</translation>
    </message>
</context>
<context>
    <name>daicho::SlotKdf</name>
    <message>
        <source>The recorded Argon2 settings are unreadable.</source>
        <translation>記録されている Argon2 の設定を読み取れません。</translation>
    </message>
</context>
<context>
    <name>daicho::SortedFetch</name>
    <message>
        <source>This list has more than %1 entries, too many to sort by this column. Narrow it first (fiscal year, period, department or search), or sort by date.</source>
        <translation>この一覧は%1件を超えるため、この列では並べ替えられません。年度・期間・部署・検索で絞り込むか、日付で並べ替えてください。</translation>
    </message>
</context>
<context>
    <name>daicho::StepEditorDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This step: %1</source>
        <translation>この手続：%1</translation>
    </message>
    <message>
        <source>The request: %1</source>
        <translation>請求：%1</translation>
    </message>
    <message>
        <source>Items marked (※) are required.</source>
        <translation>（※）の項目は必須です。</translation>
    </message>
    <message>
        <source>Articles: %1</source>
        <translation>根拠条項：%1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Record this step (Ctrl+Enter); it cannot be changed afterwards</source>
        <translation>この手続を記録します（Ctrl+Enter）。記録後は変更できません</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>入力した内容を破棄しますか？</translation>
    </message>
    <message>
        <source>What you typed for this step has not been saved. Discard it and close?</source>
        <translation>この手続に入力した内容はまだ保存されていません。破棄して閉じますか？</translation>
    </message>
    <message>
        <source>Nothing was saved. Correct the items marked in red.</source>
        <translation>保存していません。赤で示した項目を直してください。</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>保存していません：%1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Saving also records this in %1 (%2), signed by you; never write the personal data itself here.</source>
        <translation>保存すると、%1（%2）にも同じ内容が記録され、あなたの署名が付きます。個人データそのもの（氏名など）は書かないでください（第20条2項）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>A deadline has already passed</source>
        <translation>すでに期限を過ぎています</translation>
    </message>
    <message>
        <source>Counted from the day of receipt (%1), these deadlines have already passed:
%2

Check the day of receipt. Record the request as received on that day?</source>
        <translation>受付日（%1）から数えると、次の期限はすでに過ぎています。
%2

受付日に誤りがないか確かめてください。この受付日で記録しますか？</translation>
    </message>
</context>
<context>
    <name>daicho::TransferRules</name>
    <message>
        <source>provision (様式6)</source>
        <translation>提供（様式6）</translation>
    </message>
    <message>
        <source>receipt (様式7)</source>
        <translation>受領（様式7）</translation>
    </message>
    <message>
        <source>“%1” is marked as left out because the earlier record holds it, yet it is filled in. Either clear it or untick it in “%2”.</source>
        <translation>「%1」は先の記録と同一として省略する事項に選ばれていますが、入力されています。空欄にするか、「%2」の選択を外してください。</translation>
    </message>
    <message>
        <source>The chosen database holds sensitive personal information (要配慮個人情報). Acquiring it needs the individual&apos;s consent unless an exception applies (規程第27条2項（法20条2項）): choose “%1”.</source>
        <translation>選んだ個人情報データベース等には要配慮個人情報が含まれます。その取得には、例外に当たる場合を除き本人の同意が必要です（規程第27条2項（法20条2項））。「%1」を選んでください。</translation>
    </message>
    <message>
        <source>A later record leaves “%1” out as identical to this one, so it must stay here. Keep it, or correct that record first.</source>
        <translation>後の記録が「%1」をこの記録と同一として省略しているため、この記録から消すことはできません。残すか、先にその記録を訂正してください。</translation>
    </message>
    <message>
        <source>Choose “%1”: the earlier record that holds what this record leaves out or relies on (規程第31条8項・第32条3項・5項).</source>
        <translation>「%1」を選択してください。この記録で省略する事項、または確認の根拠とする先の記録です（規程第31条8項・第32条3項・5項）。</translation>
    </message>
    <message>
        <source>A record cannot refer to itself. Choose an earlier record.</source>
        <translation>記録は自分自身を参照できません。先に作成した記録を選択してください。</translation>
    </message>
    <message>
        <source>%1 is not a kept record of %2. Choose a record of that ledger.</source>
        <translation>%1 は%2の保存している記録ではありません。その台帳の記録を選択してください。</translation>
    </message>
    <message>
        <source>%1 was made after this record. Only an earlier record can be referred to.</source>
        <translation>%1 はこの記録より後に作成されています。参照できるのは先に作成した記録だけです。</translation>
    </message>
    <message>
        <source>%1 was made after this record (%2). Only an earlier record can be referred to.</source>
        <translation>%1（%2）はこの記録より後に作成されています。参照できるのは先に作成した記録だけです。</translation>
    </message>
    <message>
        <source>The earlier record %1 concerns another party (“%2”). Only a record of the same party can stand for what this one leaves out or confirms as before (規程第31条8項・第32条3項・5項).</source>
        <translation>先の記録 %1 は別の相手方（「%2」）の記録です。省略や「先の確認と同一」の根拠にできるのは、同じ相手方の記録だけです（規程第31条8項・第32条3項・5項）。</translation>
    </message>
    <message>
        <source>The earlier record %1 does not hold “%2”, so it cannot be left out. Fill it in here.</source>
        <translation>先の記録 %1 には「%2」が記録されていないため、省略できません。ここに記入してください。</translation>
    </message>
</context>
<context>
    <name>daicho::UserAdmin</name>
    <message>
        <source>This user does not exist or has been removed.</source>
        <translation>この利用者は存在しないか、削除されています。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>氏名を入力してください。</translation>
    </message>
    <message>
        <source>The name is too long (at most 100 characters).</source>
        <translation>氏名が長すぎます（100 文字まで）。</translation>
    </message>
    <message>
        <source>Choose the department of a department head or a staff member.</source>
        <translation>部門責任者と事務取扱担当者には所属を選んでください。</translation>
    </message>
    <message>
        <source>The chosen department does not exist.</source>
        <translation>選んだ部署は存在しません。</translation>
    </message>
    <message>
        <source>This sign-in ID is reserved.</source>
        <translation>このサインイン ID は予約されています。</translation>
    </message>
    <message>
        <source>The sign-in ID %1 is already used (also by removed users). Choose another.</source>
        <translation>サインイン ID %1 はすでに使われています（削除済みの利用者を含む）。別の ID を選んでください。</translation>
    </message>
    <message>
        <source>You cannot change your own role: ask another chief officer, so that the organisation is never left without one.</source>
        <translation>自分の役割は変更できません。責任者が不在にならないよう、別の責任者に依頼してください。</translation>
    </message>
    <message>
        <source>You cannot remove yourself.</source>
        <translation>自分自身は削除できません。</translation>
    </message>
    <message>
        <source>Change your own password with “Change password”.</source>
        <translation>自分のパスワードは「パスワードの変更」で変更してください。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新しいパスワードは現在のものと違うものにしてください。</translation>
    </message>
    <message>
        <source>Your key slot is missing from the key file.</source>
        <translation>鍵ファイルにあなたの鍵スロットがありません。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>現在のパスワードが違います。</translation>
    </message>
    <message>
        <source>The key file could not be written: %1 The old password stays valid; do the change again.</source>
        <translation>鍵ファイルを書き込めませんでした：%1 以前のパスワードが有効なままです。もう一度変更してください。</translation>
    </message>
    <message>
        <source>The person was not removed: the key file could not be written (%1). Nothing was changed; try again.</source>
        <translation>利用者は削除されていません。鍵ファイルに書き込めませんでした（%1）。何も変更していません。もう一度行ってください。</translation>
    </message>
    <message>
        <source>The acting chief officer cannot make, change, remove or reset a chief officer. Ask a chief officer; if none can sign in, use the recovery key.</source>
        <translation>代理は、事務取扱責任者の作成・変更・削除・パスワード再設定はできません。事務取扱責任者に依頼してください。誰もサインインできない場合は回復キーを使ってください。</translation>
    </message>
</context>
<context>
    <name>daicho::UserAdminPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>パスワードを再設定(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>ロック解除(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>削除(&amp;M)…</translation>
    </message>
    <message>
        <source>Sign-in ID</source>
        <translation>サインインID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>User administration</source>
        <translation>ユーザー管理</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Locked (too many failed sign-ins)</source>
        <translation>ロック中（サインイン失敗が続いたため）</translation>
    </message>
    <message>
        <source>Has not changed the initial password</source>
        <translation>初期パスワード未変更</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>%1 was added. They must change the initial password at their first sign-in.</source>
        <translation>%1 を追加しました。初回のサインイン時に初期パスワードの変更が必要です。</translation>
    </message>
    <message>
        <source>%1 was updated.</source>
        <translation>%1 の情報を更新しました。</translation>
    </message>
    <message>
        <source>The password of %1 was reset. They must change it at their next sign-in.</source>
        <translation>%1 のパスワードを再設定しました。次回のサインイン時に変更が必要です。</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 のロックを解除しました。再びサインインできます。</translation>
    </message>
    <message>
        <source>Remove a user</source>
        <translation>ユーザーの削除</translation>
    </message>
    <message>
        <source>Remove %1 (%2)? They can no longer sign in. What they recorded stays in the ledgers and the audit trail under their name.</source>
        <translation>%1（%2）を削除しますか？ 削除するとサインインできなくなります。この人が記録した内容は、本人の名前のまま台帳と監査証跡に残ります。</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>Replace the database key</source>
        <translation>データベースの鍵の更新</translation>
    </message>
    <message>
        <source>%1 no longer has a key slot, but could have kept a copy of the database key while they had access. Replacing the database key now makes such a copy useless.

Replace the database key now? (Recommended)</source>
        <translation>%1 のキースロットは削除されましたが、利用できた間にデータベースの鍵を控えていた可能性があります。今データベースの鍵を更新すれば、その控えは使えなくなります。

データベースの鍵を今すぐ更新しますか？（推奨）</translation>
    </message>
    <message>
        <source>%1 was removed and the database key was replaced.</source>
        <translation>%1 を削除し、データベースの鍵を更新しました。</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>前回のサインイン</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>daicho::UserEditorDialog</name>
    <message>
        <source>Add a user</source>
        <translation>ユーザーの追加</translation>
    </message>
    <message>
        <source>Edit a user</source>
        <translation>ユーザーの編集</translation>
    </message>
    <message>
        <source>Letters A–Z, digits and . _ - (up to 32). It cannot be changed later.</source>
        <translation>半角英字・数字と . _ - の32文字以内。あとから変更することはできません。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Sign-in &amp;ID:</source>
        <translation>サインインID(&amp;I):</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>氏名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>役割(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部署(&amp;D)：</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>初期パスワード</translation>
    </message>
    <message>
        <source>Tell it to the person in private; they must change it at their first sign-in.</source>
        <translation>本人にだけ伝えてください。初回のサインイン時に本人が変更します。</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>初期パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>氏名を入力してください。</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（廃止）</translation>
    </message>
</context>
<context>
    <name>daicho::VaultActions</name>
    <message>
        <source>Replace the database key</source>
        <translation>データベースの鍵の更新</translation>
    </message>
    <message>
        <source>The database is copied under a new key and every person&apos;s key slot is updated. Passwords stay the same. This takes a little while; nobody else can use the database meanwhile.

Replace the key now?</source>
        <translation>データベースを新しい鍵で複製し、全員のキースロットを更新します。パスワードは変わりません。少し時間がかかり、その間はデータベースを使えません。

今すぐ鍵を更新しますか？</translation>
    </message>
    <message>
        <source>The database key was replaced. Backups made before now still open with the old key files; keep them locked away or destroy them.</source>
        <translation>データベースの鍵を更新しました。これまでに作成したバックアップは古い鍵ファイルで開けるため、施錠して保管するか廃棄してください。</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>バックアップの作成</translation>
    </message>
    <message>
        <source>The backup was written:
%1
%2

Keep both files together; the database cannot be opened without its key file.</source>
        <translation>バックアップを作成しました:
%1
%2

2つのファイルは必ず一緒に保管してください。鍵ファイルがないとデータベースは開けません。</translation>
    </message>
    <message>
        <source>These key slots were in the key file but the database does not know them as slots of active people, so they did not receive the new key and were left out: %1. Someone put them there outside Daicho; tell the auditor.</source>
        <translation>次の鍵スロットは鍵ファイルにありましたが、データベースが在籍者のスロットとして記録していないため、新しい鍵を受け取らず除外しました：%1。Daicho の外で置かれたものです。監査担当者に連絡してください。</translation>
    </message>
    <message>
        <source>Daicho database</source>
        <translation>台帳データベース</translation>
    </message>
</context>
<context>
    <name>daicho::VaultCreator</name>
    <message>
        <source>Enter the name of the organisation.</source>
        <translation>組織名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the chief officer&apos;s name.</source>
        <translation>事務取扱責任者の氏名を入力してください。</translation>
    </message>
    <message>
        <source>A file named %1 already exists. Choose another name; nothing was overwritten.</source>
        <translation>%1 という名前のファイルがすでにあります。別の名前を選んでください（上書きはしていません）。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist or cannot be written. Choose another folder.</source>
        <translation>フォルダー %1 が存在しないか、書き込めません。別のフォルダーを選んでください。</translation>
    </message>
</context>
<context>
    <name>daicho::WelcomeDialog</name>
    <message>
        <source>Daicho — personal-data ledgers</source>
        <translation>台帳 — 個人情報管理台帳</translation>
    </message>
    <message>
        <source>Which database do you want to use?</source>
        <translation>どのデータベースを使いますか？</translation>
    </message>
    <message>
        <source>Open the &amp;last one: %1</source>
        <translation>前回のデータベースを開く(&amp;L): %1</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Create a new database…</source>
        <translation>新しいデータベースを作成(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 が見つかりません。</translation>
    </message>
    <message>
        <source>Daicho database</source>
        <translation>台帳データベース</translation>
    </message>
</context>
<context>
    <name>daicho::XlsxWriter</name>
    <message>
        <source>The Excel file could not be written (%1). Check that the folder exists, is writable, and the file is not open in Excel.</source>
        <translation>Excel ファイルを書き込めませんでした（%1）。フォルダーが存在し書き込めること、ファイルを Excel で開いていないことを確認してください。</translation>
    </message>
</context>
<context>
    <name>daicho::crypto</name>
    <message>
        <source>Decryption failed.</source>
        <translation>復号に失敗しました。</translation>
    </message>
    <message>
        <source>A key has the wrong size.</source>
        <translation>鍵の長さが正しくありません。</translation>
    </message>
    <message>
        <source>A public key is invalid.</source>
        <translation>公開鍵が不正です。</translation>
    </message>
    <message>
        <source>The cryptographic self-test failed. Daicho cannot run safely on this machine; reinstall the libbotan-2 package.</source>
        <translation>暗号機能の自己診断に失敗しました。このパソコンでは台帳を安全に動かせません。libbotan-2 パッケージを入れ直してください。</translation>
    </message>
</context>
</TS>
