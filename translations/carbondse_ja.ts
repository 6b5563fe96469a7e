<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AbFigure</name>
    <message>
        <source>the PNG encoder failed</source>
        <translation>PNG エンコーダーが失敗しました</translation>
    </message>
    <message>
        <source>A/B comparison exported from CarbonDSE</source>
        <translation>CarbonDSE から書き出した A/B 比較</translation>
    </message>
    <message>
        <source>the SVG writer could not start</source>
        <translation>SVG の書き出しを開始できませんでした</translation>
    </message>
    <message>
        <source>the PDF writer could not start</source>
        <translation>PDF の書き出しを開始できませんでした</translation>
    </message>
    <message>
        <source>Could not export %1: there is no A/B comparison to export.</source>
        <translation>%1 を書き出せませんでした: 書き出す A/B 比較がありません。</translation>
    </message>
    <message>
        <source>Could not export %1: unknown picture format &quot;%2&quot; (use .png, .svg or .pdf).</source>
        <translation>%1 を書き出せませんでした: 不明な画像形式「%2」です (.png、.svg、.pdf のいずれかを使ってください)。</translation>
    </message>
    <message>
        <source>Could not export %1: the PNG resolution must be %2 to %3 dpi and a custom size %4 to %5 px.</source>
        <translation>%1 を書き出せませんでした: PNG の解像度は %2～%3 dpi、カスタムサイズは %4～%5 px にしてください。</translation>
    </message>
    <message>
        <source>Could not export %1: the comparison does not fit on %2 × %3 px even in small text; choose a larger size.</source>
        <translation>%1 を書き出せませんでした: 文字を小さくしても比較表が %2 × %3 px に収まりません。より大きなサイズを選んでください。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Carbon under assumption sets A and B</source>
        <translation>前提条件セット A と B での炭素</translation>
    </message>
    <message>
        <source>Carbon under assumption sets A and B: %1</source>
        <translation>前提条件セット A と B での炭素: %1</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (続き)</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>設計</translation>
    </message>
    <message>
        <source>A, kg CO₂e</source>
        <translation>A、kg CO₂e</translation>
    </message>
    <message>
        <source>B, kg CO₂e</source>
        <translation>B、kg CO₂e</translation>
    </message>
    <message>
        <source>Δ kg (B&#xa0;−&#xa0;A)</source>
        <translation>Δ kg (B&#xa0;−&#xa0;A)</translation>
    </message>
    <message>
        <source>Δ %</source>
        <translation>Δ %</translation>
    </message>
    <message>
        <source>Embodied, kg A&#xa0;→&#xa0;B</source>
        <translation>製造時、kg A&#xa0;→&#xa0;B</translation>
    </message>
    <message>
        <source>Operational, kg A&#xa0;→&#xa0;B</source>
        <translation>運用時、kg A&#xa0;→&#xa0;B</translation>
    </message>
    <message>
        <source>cannot be scored</source>
        <translation>評価できません</translation>
    </message>
    <message numerus="yes">
        <source>%n more pinned design(s) do not fit on this figure; a PDF lists them all.</source>
        <translation>
            <numerusform>ピン留めした設計のうち %n 件はこの図に収まりません。PDF ではすべて表示されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>A and B are the same assumptions.</source>
        <translation>A と B は同じ前提条件です。</translation>
    </message>
    <message>
        <source>B differs in: %1</source>
        <translation>B の相違点: %1</translation>
    </message>
</context>
<context>
    <name>AbPanel</name>
    <message>
        <source>Show A in the sliders</source>
        <translation>A をスライダーに表示</translation>
    </message>
    <message>
        <source>Show B in the sliders</source>
        <translation>B をスライダーに表示</translation>
    </message>
    <message>
        <source>A&apos;s optimum, %1</source>
        <translation>A の最適解、%1</translation>
    </message>
    <message>
        <source>B&apos;s optimum, %1</source>
        <translation>B の最適解、%1</translation>
    </message>
    <message>
        <source>No candidates for the optimum yet: run a search, or pin designs to compare them.</source>
        <translation>最適解の候補がまだありません。探索を実行するか、設計をピン留めして比較してください。</translation>
    </message>
    <message>
        <source>No candidate meets the limits under A.</source>
        <translation>A の下で制約を満たす候補がありません。</translation>
    </message>
    <message>
        <source>No candidate meets the limits under B.</source>
        <translation>B の下で制約を満たす候補がありません。</translation>
    </message>
    <message>
        <source>%1 is the carbon-optimal design under A and under B: switching saves nothing. It emits %2 kg CO₂e under A and %3 kg under B.</source>
        <translation>%1 は A と B のどちらの下でも炭素最適な設計です。切り替えによる削減はありません。排出量は A の下で %2 kg CO₂e、B の下で %3 kg です。</translation>
    </message>
    <message>
        <source>Under B, switching from %1 (A&apos;s optimum) to %2 (B&apos;s optimum) saves %3 kg CO₂e (%4 %). A&apos;s optimum emits %5 kg under A; B&apos;s emits %6 kg under B.</source>
        <translation>B の下では、%1（A の最適解）から %2（B の最適解）に切り替えると %3 kg CO₂e（%4 %）削減できます。A の最適解は A の下で %5 kg、B の最適解は B の下で %6 kg を排出します。</translation>
    </message>
    <message>
        <source>A&apos;s optimum does not meet the limits under B.</source>
        <translation>A の最適解は B の下で制約を満たしません。</translation>
    </message>
    <message>
        <source>The saving is %1.</source>
        <translation>削減量は %1 です。</translation>
    </message>
    <message>
        <source>A and B are the same. Set the sliders to other assumptions and press &quot;B ← Sliders&quot;, or pick a preset.</source>
        <translation>A と B は同じです。スライダーを別の前提に設定して「B ← スライダー」を押すか、プリセットを選んでください。</translation>
    </message>
    <message>
        <source>B differs in: %1</source>
        <translation>B の相違点: %1</translation>
    </message>
    <message>
        <source>cannot be scored</source>
        <translation>評価できません</translation>
    </message>
    <message>
        <source>Embodied %1 → %2 kg, operational %3 → %4 kg CO₂e</source>
        <translation>内包 %1 → %2 kg、運用 %3 → %4 kg CO₂e</translation>
    </message>
    <message>
        <source>Totals over the lifetime, kg CO₂e. Optimum among %1, within the limits.</source>
        <translation>ライフタイム全体の合計（kg CO₂e）。制約内の %1 の中での最適解。</translation>
    </message>
    <message>
        <source>Totals over the lifetime, kg CO₂e.</source>
        <translation>ライフタイム全体の合計（kg CO₂e）。</translation>
    </message>
    <message>
        <source>A ← Sliders</source>
        <translation>A ← スライダー</translation>
    </message>
    <message>
        <source>B ← Sliders</source>
        <translation>B ← スライダー</translation>
    </message>
    <message>
        <source>Make the assumptions now set in the Assumptions panel set A.</source>
        <translation>「前提条件」パネルで現在設定されている前提を A にします。</translation>
    </message>
    <message>
        <source>Make the assumptions now set in the Assumptions panel set B.</source>
        <translation>「前提条件」パネルで現在設定されている前提を B にします。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Set the sliders to A&apos;s assumptions (undoable), to edit them or to see the fronts under A.</source>
        <translation>スライダーを A の前提に設定します（元に戻せます）。前提の編集や A の下でのフロントの確認に使います。</translation>
    </message>
    <message>
        <source>Set the sliders to B&apos;s assumptions (undoable), to edit them or to see the fronts under B.</source>
        <translation>スライダーを B の前提に設定します（元に戻せます）。前提の編集や B の下でのフロントの確認に使います。</translation>
    </message>
    <message>
        <source>Swap A ⇄ B</source>
        <translation>A ⇄ B を入れ替え</translation>
    </message>
    <message>
        <source>Copy A → B</source>
        <translation>A → B にコピー</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>設計</translation>
    </message>
    <message>
        <source>A, kg</source>
        <translation>A、kg</translation>
    </message>
    <message>
        <source>B, kg</source>
        <translation>B、kg</translation>
    </message>
    <message>
        <source>Δ kg</source>
        <translation>Δ kg</translation>
    </message>
    <message>
        <source>Δ %</source>
        <translation>Δ %</translation>
    </message>
    <message>
        <source>B − A, kg CO₂e</source>
        <translation>B − A、kg CO₂e</translation>
    </message>
    <message>
        <source>(B − A) / A</source>
        <translation>(B − A) / A</translation>
    </message>
    <message>
        <source>Export Figure…</source>
        <translation>図を書き出す…</translation>
    </message>
    <message>
        <source>Save this comparison as a slide or paper figure (PNG, SVG or PDF).</source>
        <translation>この比較をスライドや論文用の図として保存します (PNG、SVG、PDF)。</translation>
    </message>
</context>
<context>
    <name>AboutDataDialog</name>
    <message>
        <source>Cannot read this table: %1</source>
        <translation>この表を読み込めません：%1</translation>
    </message>
    <message>
        <source>About Data and Sources</source>
        <translation>データと出典について</translation>
    </message>
    <message>
        <source>Table / entry</source>
        <translation>表 / 項目</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Data tables</source>
        <translation>データ表</translation>
    </message>
    <message>
        <source>References</source>
        <translation>参考文献</translation>
    </message>
    <message>
        <source>whole table</source>
        <translation>表全体</translation>
    </message>
</context>
<context>
    <name>AccuracyOriginText</name>
    <message>
        <source>estimate</source>
        <translation>推定値</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>実測値</translation>
    </message>
    <message>
        <source>interpolated</source>
        <translation>補間値</translation>
    </message>
    <message>
        <source>external</source>
        <translation>外部評価</translation>
    </message>
    <message>
        <source>published</source>
        <translation>公表値</translation>
    </message>
    <message>
        <source>no estimate</source>
        <translation>推定値なし</translation>
    </message>
    <message>
        <source>Estimate, not a measurement: the built-in formula calibrated to published results (resources/data/accuracy_calibration.json); band %1–%2 %.</source>
        <translation>推定値であり実測ではありません：公表結果に合わせて較正した内蔵の式（resources/data/accuracy_calibration.json）。範囲 %1–%2 %。</translation>
    </message>
    <message>
        <source>Measured: this configuration is a row of the scenario&apos;s measured table; band %1–%2 % is the range of its repeated measurements.</source>
        <translation>実測値：この構成はシナリオの実測表の一行です。範囲 %1–%2 % は繰り返し測定の幅です。</translation>
    </message>
    <message>
        <source>Interpolated: a Gaussian process over the scenario&apos;s measured table, not a measurement of this configuration; band %1–%2 % is its 90 % interval.</source>
        <translation>補間値：シナリオの実測表に対するガウス過程による値で、この構成の実測ではありません。範囲 %1–%2 % はその 90 % 区間です。</translation>
    </message>
    <message>
        <source>External: reported by the scenario&apos;s evaluator command; band %1–%2 % as it reported.</source>
        <translation>外部評価：シナリオの評価コマンドが報告した値。範囲 %1–%2 % も報告どおりです。</translation>
    </message>
    <message>
        <source>Published: the published accuracy of the unpruned checkpoint; band %1–%2 %.</source>
        <translation>公表値：枝刈り前のチェックポイントの公表精度。範囲 %1–%2 %。</translation>
    </message>
    <message>
        <source>The scenario&apos;s accuracy source has no estimate for this model.</source>
        <translation>シナリオの精度ソースにはこのモデルの推定値がありません。</translation>
    </message>
</context>
<context>
    <name>AssumptionsPanel</name>
    <message>
        <source>%1: %2 g CO₂e/kWh
Source: %3 (%4)</source>
        <translation>%1：%2 g CO₂e/kWh
出典：%3（%4）</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>プリセット：</translation>
    </message>
    <message>
        <source>Choose a whole-assumption preset…</source>
        <translation>前提条件全体のプリセットを選択…</translation>
    </message>
    <message>
        <source>Use (operational carbon)</source>
        <translation>使用（運用カーボン）</translation>
    </message>
    <message>
        <source>Manufacturing (embodied carbon, ACT model)</source>
        <translation>製造（内包カーボン、ACT モデル）</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>制約</translation>
    </message>
    <message>
        <source>Custom value</source>
        <translation>カスタム値</translation>
    </message>
    <message>
        <source>Grid region:</source>
        <translation>電力網の地域：</translation>
    </message>
    <message>
        <source>Carbon intensity of the electricity the deployed accelerator uses (resources/data/grid_regions.json).</source>
        <translation>配備したアクセラレータが使用する電力の炭素強度（resources/data/grid_regions.json）。</translation>
    </message>
    <message>
        <source>Grid intensity:</source>
        <translation>電力の炭素強度：</translation>
    </message>
    <message>
        <source>Operational carbon = energy per inference × inferences × grid intensity (+ leakage over the powered time).</source>
        <translation>運用カーボン = 推論あたりのエネルギー × 推論回数 × 電力の炭素強度（+ 通電時間中のリーク）。</translation>
    </message>
    <message>
        <source> g/kWh</source>
        <translation> g/kWh</translation>
    </message>
    <message>
        <source>Lifetime:</source>
        <translation>使用期間：</translation>
    </message>
    <message>
        <source>How long the hardware is deployed.</source>
        <translation>ハードウェアを配備しておく期間。</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Workload:</source>
        <translation>ワークロード：</translation>
    </message>
    <message>
        <source>Inferences the deployment runs, in the unit below.</source>
        <translation>配備先で実行する推論回数（単位は下で指定）。</translation>
    </message>
    <message>
        <source>Per:</source>
        <translation>単位：</translation>
    </message>
    <message>
        <source>inferences per second</source>
        <translation>1 秒あたりの推論回数</translation>
    </message>
    <message>
        <source>inferences per hour</source>
        <translation>1 時間あたりの推論回数</translation>
    </message>
    <message>
        <source>inferences per day</source>
        <translation>1 日あたりの推論回数</translation>
    </message>
    <message>
        <source>Powered on:</source>
        <translation>通電率：</translation>
    </message>
    <message>
        <source>Share of the lifetime the chip is powered and leaks static power (power gating lowers it).</source>
        <translation>使用期間のうちチップが通電され、静的電力がリークする時間の割合（パワーゲーティングで低減）。</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Count leakage (static) energy</source>
        <translation>リーク（静的）エネルギーを含める</translation>
    </message>
    <message>
        <source>Fab:</source>
        <translation>ファブ：</translation>
    </message>
    <message>
        <source>Carbon intensity of the fab&apos;s electricity: a fab location or an energy source (ACT tables).</source>
        <translation>ファブの電力の炭素強度：ファブの所在地またはエネルギー源を指定（ACT の表）。</translation>
    </message>
    <message>
        <source>Energy source: %1</source>
        <translation>エネルギー源：%1</translation>
    </message>
    <message>
        <source>Technology node:</source>
        <translation>テクノロジーノード：</translation>
    </message>
    <message>
        <source>Node for the ACT carbon-per-area (CPA) factors; the chip area stays the simulator&apos;s.</source>
        <translation>ACT の単位面積あたりカーボン（CPA）係数に用いるノード。チップ面積はシミュレータの値のままです。</translation>
    </message>
    <message>
        <source>The accelerator&apos;s own node</source>
        <translation>アクセラレータ本来のノード</translation>
    </message>
    <message>
        <source>Gas abatement:</source>
        <translation>ガス除害：</translation>
    </message>
    <message>
        <source>Share of fluorinated process gases destroyed before release (ACT GPA at 95 % or 99 %).</source>
        <translation>放出前に分解されるフッ素系プロセスガスの割合（ACT の GPA は 95 % または 99 %）。</translation>
    </message>
    <message>
        <source>Yield:</source>
        <translation>歩留まり：</translation>
    </message>
    <message>
        <source>Include packaging (ACT: 0.15 kg per IC)</source>
        <translation>パッケージングを含める（ACT：IC あたり 0.15 kg）</translation>
    </message>
    <message>
        <source>Latency at most</source>
        <translation>レイテンシの上限</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Chip area at most</source>
        <translation>チップ面積の上限</translation>
    </message>
    <message>
        <source> mm²</source>
        <translation> mm²</translation>
    </message>
    <message>
        <source>Peak TOPS at most</source>
        <translation>ピーク TOPS の上限</translation>
    </message>
    <message>
        <source>Accuracy at least</source>
        <translation>精度の下限</translation>
    </message>
    <message>
        <source>Total carbon at most</source>
        <translation>総カーボンの上限</translation>
    </message>
    <message>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <source>= %1 inferences over %2 years</source>
        <translation>= %2 年間で %1 回の推論</translation>
    </message>
    <message>
        <source>Preset %1</source>
        <translation>プリセット %1</translation>
    </message>
    <message>
        <source>Idle power:</source>
        <translation>待機時の電力：</translation>
    </message>
    <message>
        <source>Share of the leakage power drawn while powered but idle (power gating): 100 % is no gating; the default 33 % is state-retaining supply gating (about 3× less leakage). Leakage counts in full while the chip computes.</source>
        <translation>通電中で待機しているときに流れるリーク電力の割合（パワーゲーティング）: 100 % はゲーティングなし、既定の 33 % は状態を保持する電源ゲーティング（リークは約 1/3）。チップが計算している間はリークを全量数えます。</translation>
    </message>
    <message>
        <source>Die yield:</source>
        <translation>ダイの歩留まり：</translation>
    </message>
    <message>
        <source>Embodied carbon per good die = area × CPA / yield. From the die area: Murphy&apos;s model with the node&apos;s defect density, so a larger die yields less. Constant: the yield below for every die.</source>
        <translation>良品ダイあたりの製造時炭素 = 面積 × CPA / 歩留まり。ダイ面積から: ノードの欠陥密度による Murphy のモデルで、ダイが大きいほど歩留まりが下がります。一定: すべてのダイに下の歩留まりを使います。</translation>
    </message>
    <message>
        <source>From the die area (Murphy)</source>
        <translation>ダイ面積から（Murphy）</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>一定</translation>
    </message>
    <message>
        <source>Fraction of good DRAM parts, and of good dies when the die yield is constant.</source>
        <translation>良品 DRAM 部品の割合。ダイの歩留まりが一定のときは良品ダイの割合にも使います。</translation>
    </message>
</context>
<context>
    <name>CarbonBar</name>
    <message>
        <source>No carbon to show</source>
        <translation>表示するカーボンがありません</translation>
    </message>
    <message>
        <source>■ embodied %1 % (├┤ P5–P95)</source>
        <translation>■ 内包 %1 %（├┤ P5–P95）</translation>
    </message>
    <message>
        <source>operational %1 % ■</source>
        <translation>運用 %1 % ■</translation>
    </message>
    <message>
        <source>Embodied %1 kg (P5–P95 %2–%3 kg, the upper whisker) vs operational %4 kg CO₂e (%5–%6 kg with the leakage assumption at its low and high, the lower whisker). Embodied: ACT model (Gupta et al., ISCA 2022); operational: energy × inferences × grid intensity.</source>
        <translation>内包 %1 kg（P5–P95 は %2–%3 kg、上側のひげ）対 運用 %4 kg CO₂e（リーク電力の仮定を下限・上限にすると %5–%6 kg、下側のひげ）。内包：ACT モデル（Gupta ほか, ISCA 2022）、運用：エネルギー × 推論回数 × 電力の炭素強度。</translation>
    </message>
</context>
<context>
    <name>CarbonEquivalentsText</name>
    <message>
        <source>%1 km by car</source>
        <translation>自動車で %1 km</translation>
    </message>
    <message>
        <source>%1 smartphone charges</source>
        <translation>スマートフォン充電 %1 回</translation>
    </message>
    <message>
        <source>%1 tree-years of uptake</source>
        <translation>樹木 %1 本・年分の吸収量</translation>
    </message>
    <message>
        <source>Everyday equivalents (averages, not part of any score):</source>
        <translation>日常の換算（平均値。スコアには含まれません）:</translation>
    </message>
</context>
<context>
    <name>CompareBars</name>
    <message>
        <source>%1
embodied %2 kg, operational %3 kg, total %4 kg CO₂e</source>
        <translation>%1
内包 %2 kg、運用 %3 kg、合計 %4 kg CO₂e</translation>
    </message>
    <message>
        <source>Embodied</source>
        <translation>内包</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>運用</translation>
    </message>
    <message>
        <source>Total carbon (kg CO₂e)</source>
        <translation>総カーボン (kg CO₂e)</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Unpin %1</source>
        <translation>%1 のピン留めを解除</translation>
    </message>
    <message>
        <source>Pin up to four designs (select one, then Designs ▸ Pin Selected Design, Ctrl+P) to compare them here.</source>
        <translation>最大 4 つの設計をピン留めすると（設計を選択し、[設計] ▸ [選択した設計を比較用にピン留め]、Ctrl+P）、ここで比較できます。</translation>
    </message>
</context>
<context>
    <name>DesignMetrics</name>
    <message>
        <source>%1: %2 layers × %3 heads, FFN %4, width %5</source>
        <translation>%1：%2 層 × %3 ヘッド、FFN %4、幅 %5</translation>
    </message>
    <message>
        <source>%1 × (%2 × %3 PEs, %4 KB L2), GLB %5 MB, %6 MHz, %7 nm, %8-bit, %9</source>
        <translation>%1 × (%2 × %3 PE, %4 KB L2)、GLB %5 MB、%6 MHz、%7 nm、%8 ビット、%9</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>アクセラレータ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Not evaluated: %1</source>
        <translation>未評価：%1</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>レイテンシ (ms)</translation>
    </message>
    <message>
        <source>Simulated time of one inference</source>
        <translation>1 回の推論のシミュレーション時間</translation>
    </message>
    <message>
        <source>Energy per inference (mJ)</source>
        <translation>推論あたりのエネルギー (mJ)</translation>
    </message>
    <message>
        <source>Dynamic energy plus leakage during the inference</source>
        <translation>推論中の動的エネルギーとリーク</translation>
    </message>
    <message>
        <source>Chip area (mm²)</source>
        <translation>チップ面積 (mm²)</translation>
    </message>
    <message>
        <source>PEs, vector lanes, L2 and GLB SRAM</source>
        <translation>PE、ベクトルレーン、L2 および GLB の SRAM</translation>
    </message>
    <message>
        <source>Peak TOPS</source>
        <translation>ピーク TOPS</translation>
    </message>
    <message>
        <source>clusters × PE width × PE depth × 2 × frequency</source>
        <translation>クラスタ数 × PE 幅 × PE 深さ × 2 × 周波数</translation>
    </message>
    <message>
        <source>Embodied carbon (kg CO₂e)</source>
        <translation>内包カーボン (kg CO₂e)</translation>
    </message>
    <message>
        <source>ACT: chip area × CPA / yield + DRAM + packaging</source>
        <translation>ACT：チップ面積 × CPA / 歩留まり + DRAM + パッケージング</translation>
    </message>
    <message>
        <source>Embodied P5–P95 (kg CO₂e)</source>
        <translation>内包 P5–P95 (kg CO₂e)</translation>
    </message>
    <message>
        <source>Spread of EPA, GPA, yield and fab intensity</source>
        <translation>EPA、GPA、歩留まり、ファブの炭素強度のばらつき</translation>
    </message>
    <message>
        <source>Operational carbon (kg CO₂e)</source>
        <translation>運用カーボン (kg CO₂e)</translation>
    </message>
    <message>
        <source>Energy per inference × inferences × grid intensity, plus leakage while powered</source>
        <translation>推論あたりのエネルギー × 推論回数 × 電力の炭素強度 + 通電中のリーク</translation>
    </message>
    <message>
        <source>Total carbon (kg CO₂e)</source>
        <translation>総カーボン (kg CO₂e)</translation>
    </message>
    <message>
        <source>Embodied + operational</source>
        <translation>内包 + 運用</translation>
    </message>
    <message>
        <source>Embodied share (%)</source>
        <translation>内包の割合 (%)</translation>
    </message>
    <message>
        <source>Embodied / total</source>
        <translation>内包 / 総計</translation>
    </message>
    <message>
        <source>feasible</source>
        <translation>制約を満たす</translation>
    </message>
    <message>
        <source>violates: %1</source>
        <translation>違反：%1</translation>
    </message>
    <message>
        <source>, on the Pareto front</source>
        <translation>、パレートフロント上</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>精度（%）</translation>
    </message>
    <message>
        <source>Accuracy source</source>
        <translation>精度の出典</translation>
    </message>
    <message>
        <source>, output stationary</source>
        <translation>、出力固定</translation>
    </message>
    <message>
        <source>, input stationary</source>
        <translation>、入力固定</translation>
    </message>
    <message>
        <source>, best dataflow per GEMM</source>
        <translation>、GEMM ごとに最良のデータフロー</translation>
    </message>
</context>
<context>
    <name>DesignTableExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>設計</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面積</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>エネルギー</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>レイテンシ</translation>
    </message>
    <message>
        <source>Carbon</source>
        <translation>カーボン</translation>
    </message>
    <message>
        <source>Per-operator latency, re-simulated for this design only</source>
        <translation>演算子ごとのレイテンシ（この設計のみ再シミュレーション）</translation>
    </message>
    <message>
        <source>Not evaluated: %1</source>
        <translation>未評価：%1</translation>
    </message>
    <message>
        <source>Feasible</source>
        <translation>実行可能</translation>
    </message>
    <message>
        <source>latency limit</source>
        <translation>レイテンシ上限</translation>
    </message>
    <message>
        <source>area limit</source>
        <translation>面積上限</translation>
    </message>
    <message>
        <source>peak TOPS limit</source>
        <translation>ピーク TOPS 上限</translation>
    </message>
    <message>
        <source>accuracy floor</source>
        <translation>精度下限</translation>
    </message>
    <message>
        <source>total carbon limit</source>
        <translation>総カーボン上限</translation>
    </message>
    <message>
        <source>energy per inference limit</source>
        <translation>推論あたりエネルギー上限</translation>
    </message>
    <message>
        <source>no accuracy estimate</source>
        <translation>精度の推定値なし</translation>
    </message>
    <message>
        <source>evaluation failed</source>
        <translation>評価に失敗</translation>
    </message>
    <message>
        <source>Infeasible, violates: %1</source>
        <translation>実行不可能、違反：%1</translation>
    </message>
    <message>
        <source>on the Pareto front</source>
        <translation>パレートフロント上</translation>
    </message>
    <message>
        <source>not on the Pareto front</source>
        <translation>パレートフロント外</translation>
    </message>
    <message>
        <source>Click a design in a plot to see its details.</source>
        <translation>プロット内の設計をクリックすると詳細を表示します。</translation>
    </message>
    <message>
        <source>The simulator refused this design, so there is nothing to break down.</source>
        <translation>シミュレータがこの設計を受け付けなかったため、内訳はありません。</translation>
    </message>
    <message>
        <source>The new assumptions could not be scored (%1); these numbers use the previous ones.</source>
        <translation>新しい前提条件で評価できませんでした（%1）。以下の数値は以前の前提条件によるものです。</translation>
    </message>
    <message>
        <source>Re-scored under the new assumptions; feasibility and front membership follow when the explorer re-scores its designs.</source>
        <translation>新しい前提条件で再評価しました。実行可能性とフロントへの所属は、エクスプローラが設計を再評価した時点で更新されます。</translation>
    </message>
    <message>
        <source>Re-simulation failed: %1</source>
        <translation>再シミュレーションに失敗しました：%1</translation>
    </message>
    <message numerus="yes">
        <source>Re-simulated with per-operator detail on the serial schedule the search uses (tensor and vector work do not overlap): %n operators, longest first; their latencies add up to %1 ms.</source>
        <translation>
            <numerusform>探索と同じ逐次スケジュール（テンソル処理とベクトル処理は重ならない）で、演算子ごとの詳細付きで再シミュレーションしました：%n 個の演算子をレイテンシの長い順に表示。レイテンシの合計は %1 ms です。</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored latency is %1 ms: this design was evaluated with other simulator options (e.g. tensor/vector overlap), so the rows overlap in time.</source>
        <translation>保存されているレイテンシは %1 ms です。この設計は別のシミュレータオプション（テンソル/ベクトルのオーバーラップなど）で評価されたため、各行の時間は重なっています。</translation>
    </message>
</context>
<context>
    <name>DetailsTables</name>
    <message>
        <source> Scaled from 22 nm to %1 nm with node_scaling.json (Stillmaker &amp; Baas 2017).</source>
        <translation> 22 nm から %1 nm へ node_scaling.json でスケーリング（Stillmaker &amp; Baas 2017）。</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Dimension of the %1 stack of model preset %2 (after pruning); the full model&apos;s dimensions are in resources/data/model_presets.json.</source>
        <translation>モデルプリセット %2 の %1 スタックの次元（枝刈り後）。完全なモデルの次元は resources/data/model_presets.json にあります。</translation>
    </message>
    <message>
        <source>%1: layers</source>
        <translation>%1：層数</translation>
    </message>
    <message>
        <source>%1: attention heads</source>
        <translation>%1：アテンションヘッド数</translation>
    </message>
    <message>
        <source>%1: key/value heads</source>
        <translation>%1：キー/バリューヘッド数</translation>
    </message>
    <message>
        <source>%1: head width</source>
        <translation>%1：ヘッド幅</translation>
    </message>
    <message>
        <source>%1: FFN width</source>
        <translation>%1：FFN 幅</translation>
    </message>
    <message>
        <source>%1: embedding width</source>
        <translation>%1：埋め込み幅</translation>
    </message>
    <message>
        <source>%1: tokens</source>
        <translation>%1：トークン数</translation>
    </message>
    <message>
        <source>Sequence length of one inference.</source>
        <translation>1 回の推論のシーケンス長。</translation>
    </message>
    <message>
        <source>Accelerator parameter of the design (the CATransformers edge template, generalised).</source>
        <translation>設計のアクセラレータパラメータ（CATransformers のエッジテンプレートを一般化したもの）。</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>クラスタ数</translation>
    </message>
    <message>
        <source>PE array (width × depth)</source>
        <translation>PE アレイ（幅 × 深さ）</translation>
    </message>
    <message>
        <source>PEs</source>
        <translation>PE 数</translation>
    </message>
    <message>
        <source>Vector lanes per cluster</source>
        <translation>クラスタあたりのベクトルレーン数</translation>
    </message>
    <message>
        <source>Each cluster&apos;s vector core has as many lanes as the PE array is wide.</source>
        <translation>各クラスタのベクトルコアは、PE アレイの幅と同数のレーンを持ちます。</translation>
    </message>
    <message>
        <source>L2 per cluster (tensor and vector core each)</source>
        <translation>クラスタあたりの L2（テンソルコアとベクトルコアそれぞれ）</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <source>L2 bandwidth per cluster</source>
        <translation>クラスタあたりの L2 帯域幅</translation>
    </message>
    <message>
        <source>words/cycle</source>
        <translation>ワード/サイクル</translation>
    </message>
    <message>
        <source>Global buffer (GLB)</source>
        <translation>グローバルバッファ (GLB)</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>GLB bandwidth</source>
        <translation>GLB 帯域幅</translation>
    </message>
    <message>
        <source>DRAM bandwidth</source>
        <translation>DRAM 帯域幅</translation>
    </message>
    <message>
        <source>%1 words/cycle × %2 B/word × %3 MHz = %4 GB/s.</source>
        <translation>%1 ワード/サイクル × %2 B/ワード × %3 MHz = %4 GB/s。</translation>
    </message>
    <message>
        <source>Clock frequency</source>
        <translation>クロック周波数</translation>
    </message>
    <message>
        <source>MHz</source>
        <translation>MHz</translation>
    </message>
    <message>
        <source>Technology node</source>
        <translation>テクノロジーノード</translation>
    </message>
    <message>
        <source>Area, energy and leakage are tabulated at 22 nm (technology_22nm.json) and scaled with node_scaling.json.</source>
        <translation>面積、エネルギー、リークは 22 nm で表化され（technology_22nm.json）、node_scaling.json でスケーリングされます。</translation>
    </message>
    <message>
        <source>nm</source>
        <translation>nm</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度（ビット幅）</translation>
    </message>
    <message>
        <source>Word size of weights and activations; wider MACs and register files are scaled with technology_22nm.json precision_scaling.</source>
        <translation>重みと活性化のワードサイズ。より幅の広い MAC とレジスタファイルは technology_22nm.json の precision_scaling でスケーリングされます。</translation>
    </message>
    <message>
        <source>bits</source>
        <translation>ビット</translation>
    </message>
    <message>
        <source>DRAM type</source>
        <translation>DRAM の種類</translation>
    </message>
    <message>
        <source>Access energy per bit from resources/data/dram_types.json.</source>
        <translation>ビットあたりのアクセスエネルギー（resources/data/dram_types.json）。</translation>
    </message>
    <message>
        <source>DRAM capacity</source>
        <translation>DRAM 容量</translation>
    </message>
    <message>
        <source>sized from the weights</source>
        <translation>重みから決定</translation>
    </message>
    <message>
        <source>0 = the carbon engine rounds the model&apos;s weights up to real DRAM parts.</source>
        <translation>0 = カーボンエンジンがモデルの重みを実在の DRAM 部品に切り上げます。</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Accuracy band</source>
        <translation>精度の範囲</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>レイテンシ</translation>
    </message>
    <message>
        <source>Analytic simulator, serial schedule: Σ over operators of cycles × count / frequency (see the Latency tab).</source>
        <translation>解析的シミュレータ、逐次スケジュール：演算子ごとの サイクル数 × 回数 / 周波数 の総和（「レイテンシ」タブを参照）。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Energy per inference</source>
        <translation>推論あたりのエネルギー</translation>
    </message>
    <message>
        <source>Dynamic energy (accesses × per-access energy, technology_22nm.json and dram_types.json) + leakage power × latency (see the Energy tab).</source>
        <translation>動的エネルギー（アクセス数 × アクセスあたりのエネルギー、technology_22nm.json と dram_types.json）+ リーク電力 × レイテンシ（「エネルギー」タブを参照）。</translation>
    </message>
    <message>
        <source>mJ</source>
        <translation>mJ</translation>
    </message>
    <message>
        <source>Chip area</source>
        <translation>チップ面積</translation>
    </message>
    <message>
        <source>mm²</source>
        <translation>mm²</translation>
    </message>
    <message>
        <source>Peak throughput</source>
        <translation>ピークスループット</translation>
    </message>
    <message>
        <source>clusters × PE width × PE depth × 2 × frequency (reference definition; vector cores not counted).</source>
        <translation>クラスタ数 × PE 幅 × PE 深さ × 2 × 周波数（参照定義。ベクトルコアは含まない）。</translation>
    </message>
    <message>
        <source>TOPS</source>
        <translation>TOPS</translation>
    </message>
    <message>
        <source>Embodied carbon</source>
        <translation>内包カーボン</translation>
    </message>
    <message>
        <source>ACT model: area × CPA(node, fab) / yield + DRAM GB × CPS / yield + packaging; act_nodes.json (ACT, Gupta et al., ISCA 2022).</source>
        <translation>ACT モデル：面積 × CPA(ノード, ファブ) / 歩留まり + DRAM GB × CPS / 歩留まり + パッケージング。act_nodes.json（ACT、Gupta et al., ISCA 2022）。</translation>
    </message>
    <message>
        <source>kg CO₂e</source>
        <translation>kg CO₂e</translation>
    </message>
    <message>
        <source>Embodied P5 – P95</source>
        <translation>内包 P5 – P95</translation>
    </message>
    <message>
        <source>Monte Carlo band over EPA, GPA, fab intensity, CPS and yield spreads (CarbonDSE assumptions documented in act_nodes.json, fab_locations.json, dram_embodied.json).</source>
        <translation>EPA、GPA、ファブの炭素強度、CPS、歩留まりのばらつきに対するモンテカルロ範囲（CarbonDSE の前提条件。act_nodes.json、fab_locations.json、dram_embodied.json に記載）。</translation>
    </message>
    <message>
        <source>Operational carbon</source>
        <translation>運用カーボン</translation>
    </message>
    <message>
        <source>Energy per inference × inferences over the lifetime × grid intensity, plus idle leakage while powered on.</source>
        <translation>推論あたりのエネルギー × 使用期間中の推論回数 × 電力の炭素強度 + 通電中のアイドル時リーク。</translation>
    </message>
    <message>
        <source>Total carbon</source>
        <translation>総カーボン</translation>
    </message>
    <message>
        <source>Embodied + operational.</source>
        <translation>内包 + 運用。</translation>
    </message>
    <message>
        <source>Embodied share</source>
        <translation>内包の割合</translation>
    </message>
    <message>
        <source>Embodied / total.</source>
        <translation>内包 / 総計。</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>Area (mm²)</source>
        <translation>面積 (mm²)</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>割合 (%)</translation>
    </message>
    <message>
        <source>Tensor PEs</source>
        <translation>テンソル PE</translation>
    </message>
    <message>
        <source>Vector lanes</source>
        <translation>ベクトルレーン</translation>
    </message>
    <message>
        <source>Sum of the components; the embodied carbon uses this area.</source>
        <translation>各コンポーネントの合計。内包カーボンにはこの面積を使用します。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Energy per inference (mJ)</source>
        <translation>推論あたりのエネルギー (mJ)</translation>
    </message>
    <message>
        <source>MAC units</source>
        <translation>MAC ユニット</translation>
    </message>
    <message>
        <source>MACs (GEMMs) and lane operations (vector ops) × energy per operation: Accelergy integer MAC, technology_22nm.json.</source>
        <translation>MAC（GEMM）とレーン演算（ベクトル演算）× 演算あたりのエネルギー：Accelergy の整数 MAC、technology_22nm.json。</translation>
    </message>
    <message>
        <source>Register files</source>
        <translation>レジスタファイル</translation>
    </message>
    <message>
        <source>PE and lane register-file reads and writes × energy per access: Accelergy register-file model, technology_22nm.json.</source>
        <translation>PE とレーンのレジスタファイルの読み書き × アクセスあたりのエネルギー：Accelergy のレジスタファイルモデル、technology_22nm.json。</translation>
    </message>
    <message>
        <source>GLB word reads and writes × energy per access: CACTI via Accelergy, technology_22nm.json.</source>
        <translation>GLB のワード読み書き × アクセスあたりのエネルギー：Accelergy 経由の CACTI、technology_22nm.json。</translation>
    </message>
    <message>
        <source>DRAM</source>
        <translation>DRAM</translation>
    </message>
    <message>
        <source>Bits moved off chip (weights once per inference, spills) × %1 energy per bit, resources/data/dram_types.json.</source>
        <translation>チップ外へ転送されるビット数（推論ごとに重みを 1 回、スピル）× %1 のビットあたりエネルギー、resources/data/dram_types.json。</translation>
    </message>
    <message>
        <source>Static (leakage)</source>
        <translation>リーク（静的）</translation>
    </message>
    <message>
        <source>Leakage power %1 W × latency. Logic: Aladdin tables (Shao et al., ISCA 2014); SRAM: pA per bit; both in technology_22nm.json.</source>
        <translation>リーク電力 %1 W × レイテンシ。ロジック：Aladdin の表（Shao et al., ISCA 2014）、SRAM：ビットあたり pA。いずれも technology_22nm.json。</translation>
    </message>
    <message>
        <source>Dynamic + static energy of one inference.</source>
        <translation>1 回の推論の動的 + 静的エネルギー。</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>演算子</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>回数</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>レイテンシ (ms)</translation>
    </message>
    <message>
        <source>Utilisation (%)</source>
        <translation>使用率 (%)</translation>
    </message>
    <message>
        <source>Energy (mJ)</source>
        <translation>エネルギー (mJ)</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>律速要因</translation>
    </message>
    <message>
        <source>%1 cycles per instance × %2 instances / clock frequency. Cycles are the larger of compute and each memory level&apos;s traffic ÷ bandwidth; mapping: %3.</source>
        <translation>インスタンスあたり %1 サイクル × %2 インスタンス / クロック周波数。サイクル数は、演算と各メモリ階層のトラフィック ÷ 帯域幅のうち大きい方です。マッピング：%3。</translation>
    </message>
    <message>
        <source>Useful MACs (%1) / (PEs × cycles).</source>
        <translation>有効な MAC 数（%1）/（PE 数 × サイクル数）。</translation>
    </message>
    <message>
        <source>Useful lane operations / (lanes × cycles).</source>
        <translation>有効なレーン演算数 /（レーン数 × サイクル数）。</translation>
    </message>
    <message>
        <source>Dynamic energy of all instances + leakage power × this operator&apos;s latency.</source>
        <translation>全インスタンスの動的エネルギー + リーク電力 × この演算子のレイテンシ。</translation>
    </message>
    <message>
        <source>Instances per inference.</source>
        <translation>推論あたりのインスタンス数。</translation>
    </message>
    <message>
        <source>Operator latency / inference latency.</source>
        <translation>演算子のレイテンシ / 推論レイテンシ。</translation>
    </message>
    <message>
        <source>What limits the operator&apos;s cycles.</source>
        <translation>演算子のサイクル数を制限している要因。</translation>
    </message>
    <message>
        <source>Carbon (kg CO₂e)</source>
        <translation>カーボン (kg CO₂e)</translation>
    </message>
    <message>
        <source>Share of total (%)</source>
        <translation>総計に対する割合 (%)</translation>
    </message>
    <message>
        <source> Amortised: × %1 / %2 years of hardware lifetime.</source>
        <translation> 償却：× %1 / ハードウェア寿命 %2 年。</translation>
    </message>
    <message>
        <source>custom %1 g/kWh</source>
        <translation>カスタム %1 g/kWh</translation>
    </message>
    <message>
        <source>Embodied: chip</source>
        <translation>内包：チップ</translation>
    </message>
    <message>
        <source>ACT: area %1 mm² × CPA(%2 nm, fab %3) / yield %4; CPA = CI_fab × EPA + GPA(%5 % abatement) + MPA. act_nodes.json (ACT, Gupta et al., ISCA 2022), fab_locations.json (ACT location table).</source>
        <translation>ACT：面積 %1 mm² × CPA(%2 nm, ファブ %3) / 歩留まり %4。CPA = CI_fab × EPA + GPA（除害 %5 %）+ MPA。act_nodes.json（ACT、Gupta et al., ISCA 2022）、fab_locations.json（ACT の所在地表）。</translation>
    </message>
    <message>
        <source> The node assumption overrides the design&apos;s %1 nm: the area is scaled with node_scaling.json.</source>
        <translation> ノードの前提条件が設計の %1 nm より優先されます：面積は node_scaling.json でスケーリングされます。</translation>
    </message>
    <message>
        <source>Embodied: DRAM</source>
        <translation>内包：DRAM</translation>
    </message>
    <message>
        <source>%1 GB of %2 × CPS / yield; dram_embodied.json (SK hynix data as tabulated by ACT, 2022).</source>
        <translation>%2 %1 GB × CPS / 歩留まり。dram_embodied.json（ACT が表化した SK hynix のデータ、2022）。</translation>
    </message>
    <message>
        <source>Embodied: packaging</source>
        <translation>内包：パッケージング</translation>
    </message>
    <message>
        <source>A fixed %1 kg per IC (ACT example value).</source>
        <translation>IC あたり固定 %1 kg（ACT の例示値）。</translation>
    </message>
    <message>
        <source>Not counted (packaging is off in the assumptions).</source>
        <translation>計上しません（前提条件でパッケージングがオフ）。</translation>
    </message>
    <message>
        <source>Embodied</source>
        <translation>内包</translation>
    </message>
    <message>
        <source>Chip + DRAM + packaging.</source>
        <translation>チップ + DRAM + パッケージング。</translation>
    </message>
    <message>
        <source>Monte Carlo over lognormal spreads of EPA, GPA, fab intensity and CPS and a uniform yield spread (CarbonDSE assumptions, in act_nodes.json, fab_locations.json, dram_embodied.json).</source>
        <translation>EPA、GPA、ファブの炭素強度、CPS の対数正規分布のばらつきと、歩留まりの一様分布のばらつきに対するモンテカルロ（CarbonDSE の前提条件。act_nodes.json、fab_locations.json、dram_embodied.json に記載）。</translation>
    </message>
    <message>
        <source>Embodied P5</source>
        <translation>内包 P5</translation>
    </message>
    <message>
        <source>Embodied P95</source>
        <translation>内包 P95</translation>
    </message>
    <message>
        <source>Operational: dynamic</source>
        <translation>運用：動的</translation>
    </message>
    <message>
        <source>%1 mJ dynamic energy per inference × %2 inferences over %3 years × grid %4 g/kWh.</source>
        <translation>推論あたりの動的エネルギー %1 mJ × %3 年間の推論 %2 回 × 電力の炭素強度 %4 g/kWh。</translation>
    </message>
    <message>
        <source>Operational: static</source>
        <translation>運用：静的</translation>
    </message>
    <message>
        <source>(Leakage energy during the inferences + %1 W leakage × idle powered-on time, duty cycle %2) × grid intensity; the idle part is %3 kg.</source>
        <translation>（推論中のリークエネルギー + リーク %1 W × 通電中のアイドル時間、デューティ比 %2）× 電力の炭素強度。アイドル分は %3 kg です。</translation>
    </message>
    <message>
        <source>Not counted (static energy is off in the assumptions).</source>
        <translation>計上しません（前提条件で静的エネルギーがオフ）。</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>運用</translation>
    </message>
    <message>
        <source>Dynamic + static.</source>
        <translation>動的 + 静的。</translation>
    </message>
    <message>
        <source>The leakage assumption at its low and high: idle power fraction and leakage power each at its end of the range in power_gating.json (gating measurements on 65 nm silicon; the leakage tables&apos; ×3 uncertainty).</source>
        <translation>リーク電力の仮定を下限と上限にした場合：アイドル時の電力比率とリーク電力をそれぞれ power_gating.json の範囲の端に設定（65 nm シリコンでのパワーゲーティング実測値、リーク表の ×3 の不確かさ）。</translation>
    </message>
    <message>
        <source>Operational low</source>
        <translation>運用（下限）</translation>
    </message>
    <message>
        <source>Operational high</source>
        <translation>運用（上限）</translation>
    </message>
    <message>
        <source>Accuracy (%1)</source>
        <translation>精度（%1）</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>%1 rows × %2 columns of %3-bit partial sums: a row block that fits keeps its partial sums out of the L2.</source>
        <translation>%1 行 × %2 列の %3 ビット部分和。収まる行ブロックは部分和を L2 に出さない。</translation>
    </message>
    <message>
        <source>No accumulator buffer: partial sums go through the L2 and its bandwidth.</source>
        <translation>アキュムレータバッファなし：部分和は L2 とその帯域を通る。</translation>
    </message>
    <message>
        <source>Accumulator buffer per cluster</source>
        <translation>クラスタあたりのアキュムレータバッファ</translation>
    </message>
    <message>
        <source>L2 SRAM and accumulators</source>
        <translation>L2 SRAM とアキュムレータ</translation>
    </message>
    <message>
        <source>L2 and accumulator-buffer reads and writes (per the chosen mapping) × energy per access of each: CACTI via Accelergy, technology_22nm.json.</source>
        <translation>L2 とアキュムレータバッファの読み書き（選ばれたマッピングによる）× それぞれのアクセスあたりエネルギー：Accelergy 経由の CACTI、technology_22nm.json。</translation>
    </message>
    <message>
        <source>DRAM channels</source>
        <translation>DRAM チャネル数</translation>
    </message>
    <message>
        <source>%1-bit %2 channels at %3 GB/s each, in %4 DRAM packages; each channel&apos;s interface (PHY and I/Os) is on the die (see the Area tab).</source>
        <translation>%1 ビットの %2 チャネル（各 %3 GB/s）、DRAM パッケージ %4 個。各チャネルのインターフェース（PHY と I/O）はダイ上にあります（「面積」タブを参照）。</translation>
    </message>
    <message>
        <source>An idealised link (no DRAM channels): no interface on the die, as the reference.</source>
        <translation>理想化されたリンク（DRAM チャネルなし）：参照実装と同様、ダイ上にインターフェースはありません。</translation>
    </message>
    <message>
        <source>PEs + vector lanes + L2 + GLB + DRAM interface (see the Area tab).</source>
        <translation>PE + ベクトルレーン + L2 + GLB + DRAM インターフェース（「面積」タブを参照）。</translation>
    </message>
    <message>
        <source>DRAM interface (PHY)</source>
        <translation>DRAM インターフェース（PHY）</translation>
    </message>
    <message>
        <source>%1 channels × the PHY and I/Os of a %2-bit channel: McPAT&apos;s DDR PHY (1.3 mm² per 16 bits at 40 nm, its I/Os not shrinking with the node), dram_types.json.</source>
        <translation>%1 チャネル × %2 ビットチャネルの PHY と I/O：McPAT の DDR PHY（40 nm で 16 ビットあたり 1.3 mm²、I/O はノードで縮小しない）、dram_types.json。</translation>
    </message>
    <message>
        <source>Supply voltage</source>
        <translation>電源電圧</translation>
    </message>
    <message>
        <source>The voltage at which the node&apos;s gate delay allows this clock (Stillmaker &amp; Baas&apos;s low-power fit; the tables are at 0.8 V for 625 MHz): on-chip energy × %1, leakage × %2 (voltage_frequency.json).</source>
        <translation>このクロックを実現できる、ノードのゲート遅延から求めた電圧（Stillmaker &amp; Baas の低電力デバイスの近似式。表は 625 MHz で 0.8 V）：チップ上のエネルギー × %1、リーク × %2（voltage_frequency.json）。</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source> Tables: technology_22nm.json (Accelergy + CACTI 22 nm, as run by CATransformers 2025; register files from Aladdin&apos;s flip-flop bit).</source>
        <translation> 表: technology_22nm.json（Accelergy + CACTI 22 nm、CATransformers 2025 の実行どおり。レジスタファイルは Aladdin のフリップフロップ 1 ビットから）。</translation>
    </message>
    <message>
        <source>%1 PEs (clusters × width × depth) × PE area (%2-bit MAC + 32-entry flip-flop register file, + one weight word with double buffering).</source>
        <translation>%1 PE（クラスタ数 × 幅 × 深さ）× PE 面積（%2 ビット MAC + 32 エントリのフリップフロップ・レジスタファイル、ダブルバッファ時は重み 1 ワード追加）。</translation>
    </message>
    <message>
        <source>%1 lanes (clusters × width) × lane area (%2-bit MAC + 12-entry flip-flop register file).</source>
        <translation>%1 レーン（クラスタ数 × 幅）× レーン面積（%2 ビット MAC + 12 エントリのフリップフロップ・レジスタファイル）。</translation>
    </message>
    <message>
        <source>Control and wiring</source>
        <translation>制御と配線</translation>
    </message>
    <message>
        <source>Control, on-chip network, clocking and wiring: %1 % of the PEs, lanes and SRAMs above (Google TPU v1&apos;s floor plan, Jouppi et al., ISCA 2017: control and unlabelled area over buffers and compute).</source>
        <translation>制御、オンチップネットワーク、クロック、配線: 上記の PE・レーン・SRAM の %1 %（Google TPU v1 のフロアプラン、Jouppi ら、ISCA 2017: 制御と未表示領域をバッファと演算部の面積で割った値）。</translation>
    </message>
    <message>
        <source> Each SRAM is built of as many two-port 32-bit macros (banks) as its bandwidth needs: B banks take the CACTI area of one macro × B^%1, plus a crossbar.</source>
        <translation> 各 SRAM は帯域に必要な数の 2 ポート 32 ビットマクロ（バンク）で構成: B バンクの面積は 1 マクロの CACTI 面積 × B^%1、これにクロスバーを加える。</translation>
    </message>
    <message>
        <source>%1 clusters × (tensor-core L2, at least the PE array&apos;s weight footprint, + vector-core L2 of %2 KB, %4 banks each for %5 B a cycle, + accumulator buffer of %3 KB in %6 banks); CACTI SRAM area interpolated by size.</source>
        <translation>%1 クラスタ ×（テンソルコア L2（PE アレイの重み容量以上）+ ベクトルコア L2 %2 KB、各 %4 バンクで 1 サイクル %5 B、+ アキュムレータバッファ %3 KB を %6 バンク）。CACTI の SRAM 面積をサイズで補間。</translation>
    </message>
    <message>
        <source>One %1 MB SRAM of %2 banks for %3 B a cycle; CACTI SRAM area interpolated by size.</source>
        <translation>%1 MB の SRAM 1 個、%2 バンクで 1 サイクル %3 B。CACTI の SRAM 面積をサイズで補間。</translation>
    </message>
    <message>
        <source>Weight stationary (ws)</source>
        <translation>重み固定 (ws)</translation>
    </message>
    <message>
        <source>Output stationary (os)</source>
        <translation>出力固定 (os)</translation>
    </message>
    <message>
        <source>Input stationary (is)</source>
        <translation>入力固定 (is)</translation>
    </message>
    <message>
        <source>Best per GEMM (best)</source>
        <translation>GEMM ごとに最良 (best)</translation>
    </message>
    <message>
        <source> SCALE-Sim&apos;s mappings (Samajdar et al., ISPASS 2020); the Latency tab&apos;s tooltips name each GEMM&apos;s mapping.</source>
        <translation> SCALE-Sim のマッピング (Samajdar ら, ISPASS 2020)。各 GEMM のマッピングはレイテンシタブのツールチップに示されます。</translation>
    </message>
    <message>
        <source>The PEs hold a tile of weights; rows of activations stream through and partial sums leave the array once per reduction fold (the reference&apos;s array).</source>
        <translation>PE が重みのタイルを保持し、活性化の行が流れ、部分和はリダクションのフォールドごとにアレイから出ます (参照実装のアレイ)。</translation>
    </message>
    <message>
        <source>Each PE accumulates one output; both operands stream through and no partial sum leaves the array.</source>
        <translation>各 PE が 1 つの出力を累算します。両オペランドが流れ、部分和はアレイから出ません。</translation>
    </message>
    <message>
        <source>The PEs hold a tile of activations; weight columns stream through.</source>
        <translation>PE が活性化のタイルを保持し、重みの列が流れます。</translation>
    </message>
    <message>
        <source>The array supports all three stationary dataflows; each GEMM uses the fastest (then the least energy). Double buffering holds a partial sum per PE.</source>
        <translation>アレイは 3 つの固定型データフローすべてに対応し、各 GEMM は最も速いもの (同じなら最小エネルギー) を使います。ダブルバッファは PE ごとに部分和を 1 つ保持します。</translation>
    </message>
    <message>
        <source>PE array of each cluster&apos;s tensor core: %1 columns × %2 rows.</source>
        <translation>各クラスタのテンソルコアの PE アレイ: %1 列 × %2 行。</translation>
    </message>
    <message>
        <source>Dataflow</source>
        <translation>データフロー</translation>
    </message>
</context>
<context>
    <name>EvaluatorJobsModel</name>
    <message>
        <source>submitted</source>
        <translation>投入済み</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>local</source>
        <translation>ローカル</translation>
    </message>
    <message>
        <source>A command run on this computer</source>
        <translation>このコンピューターで実行するコマンド</translation>
    </message>
    <message>
        <source>SLURM job %1</source>
        <translation>SLURM ジョブ %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The accuracy the evaluator reported</source>
        <translation>評価器が報告した精度</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>構成</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>経過</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Per encoder: layers · heads · FFN width · embedding width (each row&apos;s tooltip has the whole configuration key)</source>
        <translation>エンコーダーごと：層数 · ヘッド数 · FFN 幅 · 埋め込み幅（各行のツールチップに構成キー全体があります）</translation>
    </message>
    <message>
        <source>Submitted %1; the time until the job ended</source>
        <translation>投入 %1、ジョブ終了までの時間</translation>
    </message>
    <message>
        <source>Submitted %1; the time since, still counting</source>
        <translation>投入 %1、それからの時間（計測中）</translation>
    </message>
</context>
<context>
    <name>EvaluatorJobsPanel</name>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>待機 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>実行中 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>完了 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>失敗 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>取り消し %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No search has run yet.

When a search takes its accuracies from an external evaluator (&quot;kind&quot;: &quot;external&quot; in the scenario), its jobs are listed here: commands run on this computer, or jobs on a SLURM cluster, queued, running and done.</source>
        <translation>まだ探索を実行していません。

探索が精度を外部評価器（シナリオの &quot;kind&quot;: &quot;external&quot;）から得るとき、そのジョブをここに一覧します：このコンピューターで実行するコマンド、または SLURM クラスター上のジョブの待機中・実行中・完了。</translation>
    </message>
    <message>
        <source>This search runs no evaluator jobs: its accuracies come from the built-in estimate or a measured table, at once.

Jobs are listed here when the scenario&apos;s accuracy is an external evaluator (&quot;kind&quot;: &quot;external&quot;), run locally or on SLURM (&quot;backend&quot;: &quot;slurm&quot;).</source>
        <translation>この探索は評価ジョブを実行しません：精度は組み込みの推定または実測表からすぐに得られます。

シナリオの精度が外部評価器（&quot;kind&quot;: &quot;external&quot;）のとき、ローカルまたは SLURM（&quot;backend&quot;: &quot;slurm&quot;）で実行するジョブをここに一覧します。</translation>
    </message>
    <message>
        <source>No jobs yet. Configurations already in the evaluator&apos;s cache need none.</source>
        <translation>まだジョブはありません。評価器のキャッシュにある構成にはジョブは不要です。</translation>
    </message>
    <message numerus="yes">
        <source>The oldest %n jobs are not listed.</source>
        <translation>
            <numerusform>最も古い %n 件のジョブは表示していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop Search and Cancel Jobs</source>
        <translation>探索を停止してジョブを取り消す</translation>
    </message>
    <message>
        <source>Stops the search (like Search ▸ Stop). Its SLURM jobs still queued or running are cancelled and their designs stay unevaluated, so a resumed search runs them again; a command running on this computer finishes first.</source>
        <translation>探索を停止します（探索 ▸ 停止と同じ）。待機中または実行中の SLURM ジョブは取り消され、その設計は未評価のまま残るため、再開した探索が再び実行します。このコンピューターで実行中のコマンドは終わるまで続きます。</translation>
    </message>
</context>
<context>
    <name>ExactReferenceSolver</name>
    <message>
        <source>The exact solve produced no archive.</source>
        <translation>厳密解法の結果（アーカイブ）がありません。</translation>
    </message>
</context>
<context>
    <name>ExplorerModel</name>
    <message>
        <source>Design #%1</source>
        <translation>設計 #%1</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>実行 %1</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>FigureCaption</name>
    <message>
        <source>Grid %1</source>
        <translation>電力網 %1</translation>
    </message>
    <message>
        <source>lifetime %1</source>
        <translation>ライフタイム %1</translation>
    </message>
    <message>
        <source>%1 inferences/s</source>
        <translation>%1 推論/秒</translation>
    </message>
    <message>
        <source>powered on %1</source>
        <translation>通電 %1</translation>
    </message>
    <message>
        <source>fab %1</source>
        <translation>製造 %1</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>ノード %1</translation>
    </message>
    <message>
        <source>accuracy: %1</source>
        <translation>精度: %1</translation>
    </message>
    <message>
        <source>CarbonDSE %1</source>
        <translation>CarbonDSE %1</translation>
    </message>
    <message>
        <source>measured table</source>
        <translation>実測テーブル</translation>
    </message>
    <message>
        <source>external evaluator</source>
        <translation>外部評価器</translation>
    </message>
    <message>
        <source>built-in estimate</source>
        <translation>組み込みの推定</translation>
    </message>
    <message>
        <source>A: %1; B: %2</source>
        <translation>A: %1、B: %2</translation>
    </message>
</context>
<context>
    <name>FigureExportDialog</name>
    <message>
        <source>Export Plots</source>
        <translation>プロットをエクスポート</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Caption with the assumptions, version and date</source>
        <translation>前提条件・バージョン・日付のキャプション</translation>
    </message>
    <message>
        <source>Presentation style: large text, thick lines, colour-blind-safe colours</source>
        <translation>プレゼンテーション用スタイル: 大きな文字、太い線、色覚多様性に配慮した配色</translation>
    </message>
    <message>
        <source>Plots:</source>
        <translation>プロット:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <source>Custom size:</source>
        <translation>カスタムサイズ:</translation>
    </message>
    <message>
        <source>PNG resolution:</source>
        <translation>PNG 解像度:</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <source>PNG %1 × %2 px, PDF page %3 × %4 pt.</source>
        <translation>PNG %1 × %2 px、PDF ページ %3 × %4 pt。</translation>
    </message>
    <message>
        <source>The caption adds to the height.</source>
        <translation>キャプションの分だけ高さが増えます。</translation>
    </message>
</context>
<context>
    <name>FigureOptions</name>
    <message>
        <source>On-screen size</source>
        <translation>画面上のサイズ</translation>
    </message>
    <message>
        <source>16:9 slide (1920 × 1080 px)</source>
        <translation>16:9 スライド（1920 × 1080 px）</translation>
    </message>
    <message>
        <source>4:3 slide (1600 × 1200 px)</source>
        <translation>4:3 スライド（1600 × 1200 px）</translation>
    </message>
    <message>
        <source>A4 page (210 × 297 mm, 180 mm wide figure)</source>
        <translation>A4 ページ（210 × 297 mm、図の幅 180 mm）</translation>
    </message>
    <message>
        <source>US Letter page (8.5 × 11 in)</source>
        <translation>US Letter ページ（8.5 × 11 in）</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>カスタムサイズ</translation>
    </message>
</context>
<context>
    <name>FrontsView</name>
    <message>
        <source>Show dominated and infeasible designs</source>
        <translation>被支配設計と制約を満たさない設計を表示</translation>
    </message>
    <message>
        <source>A dominated design is matched or beaten on every objective by another design; an infeasible design breaks a constraint. Hide them to see the fronts alone.</source>
        <translation>被支配設計とは、すべての目的で他の設計と同等以下の設計です。制約を満たさない設計とは、いずれかの制約に違反する設計です。非表示にするとフロントだけを表示できます。</translation>
    </message>
    <message>
        <source>Drag to pan, scroll to zoom, double-click to reset, click a point to select it.</source>
        <translation>ドラッグでパン、スクロールでズーム、ダブルクリックでリセット、点をクリックで選択。</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Grid carbon intensity</source>
        <translation>電力の炭素強度</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>使用期間</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>Fab</source>
        <translation>ファブ</translation>
    </message>
    <message>
        <source>Technology node</source>
        <translation>テクノロジーノード</translation>
    </message>
    <message>
        <source>the accelerator&apos;s own</source>
        <translation>アクセラレータ本来のノード</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>パッケージング</translation>
    </message>
    <message>
        <source>not included</source>
        <translation>含まない</translation>
    </message>
    <message>
        <source>latency ≤ %1 ms</source>
        <translation>レイテンシ ≤ %1 ms</translation>
    </message>
    <message>
        <source>area ≤ %1 mm²</source>
        <translation>面積 ≤ %1 mm²</translation>
    </message>
    <message>
        <source>peak TOPS ≤ %1</source>
        <translation>ピーク TOPS ≤ %1</translation>
    </message>
    <message>
        <source>accuracy ≥ %1 %</source>
        <translation>精度 ≥ %1 %</translation>
    </message>
    <message>
        <source>total carbon ≤ %1 kg</source>
        <translation>総カーボン ≤ %1 kg</translation>
    </message>
    <message>
        <source>energy ≤ %1 mJ</source>
        <translation>エネルギー ≤ %1 mJ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>No design was selected or pinned.</source>
        <translation>選択またはピン留めされた設計はありません。</translation>
    </message>
    <message>
        <source>The report could not be built: %1</source>
        <translation>レポートを作成できませんでした：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>No design was selected or pinned: pin the designs to compare before exporting.</source>
        <translation>設計が選択もピン留めもされていません。エクスポートする前に比較する設計をピン留めしてください。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>Everyday equivalents are reading aids, not part of any score. Source: US EPA, Greenhouse Gas Equivalencies Calculator.</source>
        <translation>日常の換算は理解を助けるためのもので、スコアには含まれません。出典: US EPA, Greenhouse Gas Equivalencies Calculator。</translation>
    </message>
    <message>
        <source>CarbonDSE design review: %1</source>
        <translation>CarbonDSE 設計レビュー: %1</translation>
    </message>
    <message>
        <source>Scenario: %1. Generated %2 by CarbonDSE %3.</source>
        <translation>シナリオ: %1。%2 に CarbonDSE %3 で生成。</translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>（バージョン不明）</translation>
    </message>
    <message>
        <source>Assumptions in force</source>
        <translation>適用中の前提条件</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>制約</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>探索</translation>
    </message>
    <message>
        <source>Chosen designs</source>
        <translation>選択した設計</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>図</translation>
    </message>
    <message>
        <source>Pareto front of the shown run</source>
        <translation>表示中の実行のパレートフロント</translation>
    </message>
    <message>
        <source>Sweep: %1</source>
        <translation>スイープ: %1</translation>
    </message>
    <message>
        <source>A/B assumptions: %1 vs %2</source>
        <translation>A/B 前提条件: %1 対 %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF writer could not start</source>
        <translation>%1 に書き込めません: PDF ライターを起動できませんでした</translation>
    </message>
    <message>
        <source>%1 g CO₂e/kWh</source>
        <translation>%1 g CO₂e/kWh</translation>
    </message>
    <message>
        <source> (a custom value)</source>
        <translation> (カスタム値)</translation>
    </message>
    <message>
        <source>a custom fab grid of %1</source>
        <translation>カスタムの工場電力網 %1</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1、%2 (%3)</translation>
    </message>
    <message>
        <source>%1, a fixed %2 GB per design</source>
        <translation>%1、設計ごとに固定 %2 GB</translation>
    </message>
    <message>
        <source>%1, sized from the model weights (the smallest real part that holds them)</source>
        <translation>%1、モデルの重みから容量を決定(重みを格納できる最小の実在部品)</translation>
    </message>
    <message>
        <source>no estimate</source>
        <translation>推定なし</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>内訳</translation>
    </message>
    <message>
        <source>Area: PEs (mm²)</source>
        <translation>面積: PE (mm²)</translation>
    </message>
    <message>
        <source>Area: vector lanes (mm²)</source>
        <translation>面積: ベクトルレーン (mm²)</translation>
    </message>
    <message>
        <source>Area: global buffer (mm²)</source>
        <translation>面積: グローバルバッファ (mm²)</translation>
    </message>
    <message>
        <source>Latency per inference (ms)</source>
        <translation>推論あたりのレイテンシ (ms)</translation>
    </message>
    <message>
        <source>Energy: dynamic (mJ per inference)</source>
        <translation>エネルギー: 動的 (推論あたり mJ)</translation>
    </message>
    <message>
        <source>Energy: leakage during it (mJ)</source>
        <translation>エネルギー: 推論中のリーク (mJ)</translation>
    </message>
    <message>
        <source>Embodied: chip (kg CO₂e)</source>
        <translation>製造時: チップ (kg CO₂e)</translation>
    </message>
    <message>
        <source>Embodied: DRAM (kg CO₂e)</source>
        <translation>製造時: DRAM (kg CO₂e)</translation>
    </message>
    <message>
        <source>%1 (%2 GB)</source>
        <translation>%1 (%2 GB)</translation>
    </message>
    <message>
        <source>Embodied: packaging (kg CO₂e)</source>
        <translation>製造時: パッケージ (kg CO₂e)</translation>
    </message>
    <message>
        <source>Embodied (kg CO₂e)</source>
        <translation>製造時 (kg CO₂e)</translation>
    </message>
    <message>
        <source>Operational: dynamic (kg CO₂e)</source>
        <translation>運用時: 動的 (kg CO₂e)</translation>
    </message>
    <message>
        <source>Operational: static, leakage (kg CO₂e)</source>
        <translation>運用時: 静的・リーク (kg CO₂e)</translation>
    </message>
    <message>
        <source>Operational (kg CO₂e)</source>
        <translation>運用時 (kg CO₂e)</translation>
    </message>
    <message>
        <source>Total (kg CO₂e)</source>
        <translation>合計 (kg CO₂e)</translation>
    </message>
    <message>
        <source>Total, in everyday terms</source>
        <translation>合計 (日常の換算)</translation>
    </message>
    <message>
        <source>Inference rate</source>
        <translation>推論レート</translation>
    </message>
    <message>
        <source>%1 inferences per second (%L2 over the lifetime)</source>
        <translation>毎秒 %1 回の推論 (使用期間全体で %L2 回)</translation>
    </message>
    <message>
        <source>Duty cycle (powered on)</source>
        <translation>デューティ比 (電源オン)</translation>
    </message>
    <message>
        <source>Leakage (static energy)</source>
        <translation>リーク (静的エネルギー)</translation>
    </message>
    <message>
        <source>on: counted while powered</source>
        <translation>オン: 電源オン中は計上</translation>
    </message>
    <message>
        <source>off: dynamic energy only</source>
        <translation>オフ: 動的エネルギーのみ</translation>
    </message>
    <message>
        <source>%1 nm for every design (override)</source>
        <translation>全設計で %1 nm (上書き)</translation>
    </message>
    <message>
        <source>each accelerator&apos;s own</source>
        <translation>各アクセラレータ固有の値</translation>
    </message>
    <message>
        <source>Fab gas abatement</source>
        <translation>工場ガス除害</translation>
    </message>
    <message>
        <source>DRAM</source>
        <translation>DRAM</translation>
    </message>
    <message>
        <source>included, %1 kg CO₂e per chip</source>
        <translation>含む、チップあたり %1 kg CO₂e</translation>
    </message>
    <message>
        <source>Amortisation</source>
        <translation>償却</translation>
    </message>
    <message>
        <source>on: embodied carbon × lifetime / hardware lifetime of %1 years</source>
        <translation>オン: 製造時カーボン × 使用期間 / ハードウェア寿命 %1 年</translation>
    </message>
    <message>
        <source>off: the whole embodied carbon is counted</source>
        <translation>オフ: 製造時カーボンを全量計上</translation>
    </message>
    <message>
        <source>built-in estimate (published accuracies and pruning calibration)</source>
        <translation>組み込み推定 (公開精度と枝刈り較正)</translation>
    </message>
    <message>
        <source>measured table %1, else the built-in estimate</source>
        <translation>実測テーブル %1、なければ組み込み推定</translation>
    </message>
    <message>
        <source>measured table %1</source>
        <translation>実測テーブル %1</translation>
    </message>
    <message>
        <source>external evaluator on SLURM: %1</source>
        <translation>SLURM 上の外部評価器: %1</translation>
    </message>
    <message>
        <source>external evaluator: %1</source>
        <translation>外部評価器: %1</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>アルゴリズム</translation>
    </message>
    <message>
        <source>no search run yet (the scenario&apos;s reference designs only)</source>
        <translation>探索は未実行 (シナリオの参照設計のみ)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <source>%L1 evaluations</source>
        <translation>%L1 回の評価</translation>
    </message>
    <message>
        <source>the whole space</source>
        <translation>空間全体</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Designs evaluated</source>
        <translation>評価済み設計数</translation>
    </message>
    <message>
        <source>Accuracy source</source>
        <translation>精度の出典</translation>
    </message>
    <message>
        <source>The shown run has no feasible Pareto-front design yet.</source>
        <translation>表示中の実行には、実行可能なパレートフロント設計がまだありません。</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>設計</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>精度 (%)</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>レイテンシ (ms)</translation>
    </message>
    <message>
        <source>Energy (mJ)</source>
        <translation>エネルギー (mJ)</translation>
    </message>
    <message>
        <source>Area (mm²)</source>
        <translation>面積 (mm²)</translation>
    </message>
    <message>
        <source>The front holds %L1 designs; the %L2 with the lowest total carbon are listed.</source>
        <translation>フロントには %L1 個の設計があります。合計カーボンが最も少ない %L2 個を表示しています。</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>内訳</translation>
    </message>
    <message>
        <source>A: %1 (kg CO₂e)</source>
        <translation>A: %1 (kg CO₂e)</translation>
    </message>
    <message>
        <source>B: %1 (kg CO₂e)</source>
        <translation>B: %1 (kg CO₂e)</translation>
    </message>
    <message>
        <source>B − A (kg CO₂e)</source>
        <translation>B − A (kg CO₂e)</translation>
    </message>
    <message>
        <source>B − A (%)</source>
        <translation>B − A (%)</translation>
    </message>
    <message>
        <source>, at the same accuracy</source>
        <translation>、精度は同じ</translation>
    </message>
    <message>
        <source>, at %1 points lower accuracy</source>
        <translation>、精度は %1 ポイント低い</translation>
    </message>
    <message>
        <source>, at %1 points higher accuracy</source>
        <translation>、精度は %1 ポイント高い</translation>
    </message>
    <message>
        <source>the same as %1</source>
        <translation>%1 と同じ</translation>
    </message>
    <message>
        <source>%1 % less than %2</source>
        <translation>%2 より %1 % 少ない</translation>
    </message>
    <message>
        <source>km driven by an average petrol car</source>
        <translation>km (平均的なガソリン車の走行距離)</translation>
    </message>
    <message>
        <source>smartphone charges</source>
        <translation>回 (スマートフォンの充電)</translation>
    </message>
    <message>
        <source>years of an urban tree&apos;s uptake</source>
        <translation>年 (都市樹木1本の吸収量)</translation>
    </message>
    <message>
        <source>≈ %1 %2</source>
        <translation>≈ %1 %2</translation>
    </message>
    <message>
        <source>%1 emits %2 kg CO₂e over %3 years</source>
        <translation>%1 は %3 年間で %2 kg CO₂e を排出します</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1、%2。</translation>
    </message>
    <message>
        <source>It emits %1.</source>
        <translation>排出量は %1 です。</translation>
    </message>
    <message>
        <source>Of %1&apos;s total, %2 % is embodied (making the chip, DRAM and package) and %3 % operational (electricity in use).</source>
        <translation>%1 の合計のうち、%2 % が製造時 (チップ・DRAM・パッケージの製造)、%3 % が運用時 (使用中の電力) です。</translation>
    </message>
    <message>
        <source>operational overtakes embodied above %1</source>
        <translation>%1 を超えると運用時が製造時を上回る</translation>
    </message>
    <message>
        <source>crosses</source>
        <translation>交差</translation>
    </message>
    <message>
        <source>operational above embodied over the whole range</source>
        <translation>全範囲で運用時が製造時を上回る</translation>
    </message>
    <message>
        <source>embodied above operational over the whole range</source>
        <translation>全範囲で製造時が運用時を上回る</translation>
    </message>
    <message>
        <source>equal everywhere</source>
        <translation>全範囲で等しい</translation>
    </message>
    <message>
        <source>none within the limits</source>
        <translation>範囲内になし</translation>
    </message>
    <message>
        <source>Duty cycle</source>
        <translation>デューティ比</translation>
    </message>
    <message>
        <source>%1 inferences/s</source>
        <translation>%1 推論/秒</translation>
    </message>
    <message>
        <source>%1 % powered on</source>
        <translation>電源オン %1 %</translation>
    </message>
    <message>
        <source>%1 swept from %2 to %3 (%L4 values%5); every other assumption as above.</source>
        <translation>%1 を %2 から %3 まで掃引 (%L4 点%5)。その他の前提はすべて上記のとおり。</translation>
    </message>
    <message>
        <source>, log-spaced</source>
        <translation>、対数間隔</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>損益分岐点</translation>
    </message>
    <message>
        <source>The carbon-optimal design is %1 over the whole range.</source>
        <translation>全範囲でカーボン最適な設計は %1 です。</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Optimum changes between</source>
        <translation>最適設計の切り替わり</translation>
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
        <source>Idle power (power gating)</source>
        <translation>待機時の電力（パワーゲーティング）</translation>
    </message>
    <message>
        <source>%1 % of the leakage while powered but idle</source>
        <translation>通電中の待機時はリークの %1 %</translation>
    </message>
    <message>
        <source>Die yield</source>
        <translation>ダイの歩留まり</translation>
    </message>
    <message>
        <source>from the die area (Murphy&apos;s model, the node&apos;s defect density)</source>
        <translation>ダイ面積から（Murphy のモデル、ノードの欠陥密度）</translation>
    </message>
    <message>
        <source>constant, %1</source>
        <translation>一定、%1</translation>
    </message>
    <message>
        <source>DRAM yield</source>
        <translation>DRAM の歩留まり</translation>
    </message>
    <message>
        <source>Fab location</source>
        <translation>ファブの所在地</translation>
    </message>
    <message>
        <source>a fab at %1 g CO₂e/kWh</source>
        <translation>%1 g CO₂e/kWh のファブ</translation>
    </message>
    <message>
        <source>%1 nm</source>
        <translation>%1 nm</translation>
    </message>
    <message numerus="yes">
        <source>%1 compared over %n categories (%2); every other assumption as above.</source>
        <translation>
            <numerusform>%1 を %n カテゴリ（%2）で比較。ほかの前提条件はすべて上記のとおりです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Carbon-optimal design</source>
        <translation>炭素最適な設計</translation>
    </message>
    <message>
        <source>Its total (kg CO₂e)</source>
        <translation>その合計（kg CO₂e）</translation>
    </message>
    <message>
        <source>%1 total (kg CO₂e)</source>
        <translation>%1 の合計（kg CO₂e）</translation>
    </message>
    <message>
        <source>Each accuracy names its source: estimate (the built-in formula), measured (a row of the measured table), interpolated (from that table), external (the evaluator command) or published (an unpruned checkpoint). Embodied carbon follows the ACT model (Gupta et al., ISCA 2022): chip area × carbon per area / yield, plus DRAM and packaging. Operational carbon is energy per inference × inferences × grid intensity, plus leakage while powered. Every table&apos;s source: Help ▸ About Data and Sources.</source>
        <translation>各精度には出典を示します：推定値（内蔵の式）、実測値（実測表の一行）、補間値（その表から）、外部評価（評価コマンド）、公表値（枝刈り前のチェックポイント）。内包炭素は ACT モデル（Gupta et al., ISCA 2022）に従います：チップ面積 × 面積あたりの炭素 / 歩留まり、これに DRAM とパッケージングを加えます。運用炭素は推論あたりのエネルギー × 推論回数 × 電力網の炭素強度に、通電中のリーク分を加えたものです。各テーブルの出典：ヘルプ ▸ データと出典について。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Area: L2 SRAM and accumulators (mm²)</source>
        <translation>面積：L2 SRAM とアキュムレータ (mm²)</translation>
    </message>
    <message>
        <source>Area: DRAM interface (mm²)</source>
        <translation>面積：DRAM インターフェース（mm²）</translation>
    </message>
    <message>
        <source>Area: control and wiring (mm²)</source>
        <translation>面積: 制御と配線 (mm²)</translation>
    </message>
</context>
<context>
    <name>HypervolumePlot</name>
    <message>
        <source>(1 − accuracy)</source>
        <translation>(1 − 精度)</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <source>kg CO2e</source>
        <translation>kg CO2e</translation>
    </message>
    <message>
        <source>mm²</source>
        <translation>mm²</translation>
    </message>
    <message>
        <source>kg CO2e·s</source>
        <translation>kg CO2e·s</translation>
    </message>
    <message>
        <source>Hypervolume: no designs yet</source>
        <translation>ハイパーボリューム：設計はまだありません</translation>
    </message>
    <message>
        <source>Hypervolume: %1 after %2 evaluations</source>
        <translation>ハイパーボリューム：%1（評価数 %2 時点）</translation>
    </message>
    <message>
        <source>Evaluations (designs)</source>
        <translation>評価数（設計）</translation>
    </message>
    <message>
        <source>Hypervolume</source>
        <translation>ハイパーボリューム</translation>
    </message>
    <message>
        <source> × </source>
        <translation> × </translation>
    </message>
    <message>
        <source>Hypervolume
[%1]</source>
        <translation>ハイパーボリューム
[%1]</translation>
    </message>
    <message>
        <source>exact front: %1</source>
        <translation>厳密フロント：%1</translation>
    </message>
    <message>
        <source>exact front: solving… %1 %</source>
        <translation>厳密フロント：求解中… %1 %</translation>
    </message>
    <message>
        <source>exact front: evaluating its designs…</source>
        <translation>厳密フロント：設計を評価中…</translation>
    </message>
    <message>
        <source>Hypervolume: %1 = %2 % of exact, after %3 evaluations</source>
        <translation>ハイパーボリューム：%1 = 厳密解の %2 %（評価数 %3 時点）</translation>
    </message>
    <message>
        <source>The volume of objective space dominated by the front, measured up to the run&apos;s fixed reference point: it grows as the search finds better designs. A dashed line, when shown, is the hypervolume of the exact front, the most any search of this scenario can reach. Double-click to reset the view.</source>
        <translation>フロントが支配する目的空間の体積（実行ごとに固定した参照点まで）。探索がより良い設計を見つけるほど大きくなります。破線が表示されている場合、それは厳密フロントのハイパーボリューム、つまりこのシナリオのどの探索でも到達できる最大値です。ダブルクリックで表示をリセットします。</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Scenario File…</source>
        <translation>シナリオファイルを開く(&amp;S)…</translation>
    </message>
    <message>
        <source>Start a new exploration from a scenario JSON file</source>
        <translation>シナリオ JSON ファイルから新しい探索を開始</translation>
    </message>
    <message>
        <source>&amp;Built-in Scenarios</source>
        <translation>組み込みシナリオ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Open Session…</source>
        <translation>セッションを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save Session</source>
        <translation>セッションを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation>名前を付けてセッションを保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>All Designs as &amp;CSV…</source>
        <translation>全設計（CSV）(&amp;C)…</translation>
    </message>
    <message>
        <source>All Designs as &amp;JSON…</source>
        <translation>全設計（JSON）(&amp;J)…</translation>
    </message>
    <message>
        <source>Pareto Front as C&amp;SV…</source>
        <translation>パレートフロント（CSV）(&amp;S)…</translation>
    </message>
    <message>
        <source>Pareto Front as J&amp;SON…</source>
        <translation>パレートフロント（JSON）(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Plots as PNG, SVG or PDF…</source>
        <translation>プロット（PNG、SVG、PDF）(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>探索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pause / Resume</source>
        <translation>一時停止/再開(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Designs</source>
        <translation>設計(&amp;D)</translation>
    </message>
    <message>
        <source>Select the Lowest-&amp;Carbon Design</source>
        <translation>カーボン最小の設計を選択(&amp;C)</translation>
    </message>
    <message>
        <source>Select the &amp;Fastest Design</source>
        <translation>最速の設計を選択(&amp;F)</translation>
    </message>
    <message>
        <source>Select the Most &amp;Accurate Design</source>
        <translation>最も精度の高い設計を選択(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Pin Selected Design for Comparison</source>
        <translation>選択した設計を比較用にピン留め(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;lear Pinned Designs</source>
        <translation>ピン留めをすべて解除(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;Dominated and Infeasible Designs</source>
        <translation>被支配設計と制約を満たさない設計を表示(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>パネル(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>レイアウトをリセット(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CarbonDSE</source>
        <translation>CarbonDSE について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>元に戻す: %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>やり直す: %1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Lock Axes</source>
        <translation>軸を固定(&amp;L)</translation>
    </message>
    <message>
        <source>Keep the fronts&apos; axes where they are while designs arrive, so a moving front is seen moving. A search locks them by itself after its first second, until it ends.</source>
        <translation>設計が追加される間もフロントの軸を動かさず、フロントの移動がそのまま見えるようにします。探索は開始 1 秒後から終了まで自動的に軸を固定します。</translation>
    </message>
    <message>
        <source>About &amp;Data and Sources…</source>
        <translation>データと出典について(&amp;D)…</translation>
    </message>
    <message>
        <source>Every data table, the source of each entry, and the bibliography</source>
        <translation>すべてのデータ表、各項目の出典、参考文献</translation>
    </message>
    <message>
        <source>&amp;Report (HTML or PDF)…</source>
        <translation>レポート (HTML または PDF)(&amp;R)…</translation>
    </message>
    <message>
        <source>Everyday &amp;Equivalents</source>
        <translation>日常の換算(&amp;E)</translation>
    </message>
    <message>
        <source>Show carbon totals also as km by car, smartphone charges and tree-years (EPA averages)</source>
        <translation>カーボン合計を自動車の走行距離 (km)、スマートフォンの充電回数、樹木の吸収年数でも表示 (EPA 平均値)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot open the scenario</source>
        <translation>シナリオを開けません</translation>
    </message>
    <message>
        <source>%1 — CarbonDSE</source>
        <translation>%1 — CarbonDSE</translation>
    </message>
    <message>
        <source>Assumption not applied: %1</source>
        <translation>前提条件を適用できませんでした：%1</translation>
    </message>
    <message>
        <source>The search could not run</source>
        <translation>探索を実行できませんでした</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>ファイルを開けません</translation>
    </message>
    <message>
        <source>No feasible design yet: run a search first.</source>
        <translation>制約を満たす設計がまだありません。先に探索を実行してください。</translation>
    </message>
    <message>
        <source>Select a design first (click a point).</source>
        <translation>先に設計を選択してください（点をクリック）。</translation>
    </message>
    <message>
        <source>Already pinned, or %1 designs pinned already.</source>
        <translation>ピン留め済みか、すでに %1 件の設計をピン留めしています。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The translation could not be loaded.</source>
        <translation>翻訳を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>探索</translation>
    </message>
    <message>
        <source>Design Details</source>
        <translation>設計の詳細</translation>
    </message>
    <message>
        <source>Compare Pinned Designs</source>
        <translation>ピン留めした設計の比較</translation>
    </message>
    <message>
        <source>CarbonDSE</source>
        <translation>CarbonDSE</translation>
    </message>
    <message>
        <source>%L1 designs, %L2 feasible, %L3 on the Pareto front, %L4 baselines</source>
        <translation>設計 %L1 件（実行可能 %L2、パレートフロント上 %L3、ベースライン %L4）</translation>
    </message>
    <message>
        <source>%1: %2 kg CO2e total, embodied %3 %, operational %4 %</source>
        <translation>%1：総カーボン %2 kg CO2e（内包 %3 %、運用 %4 %）</translation>
    </message>
    <message>
        <source>Search stopped; %L1 designs kept.</source>
        <translation>探索を停止しました。%L1 件の設計を保持しています。</translation>
    </message>
    <message>
        <source>Search finished: %L1 designs.</source>
        <translation>探索が完了しました：%L1 件の設計。</translation>
    </message>
    <message>
        <source>Stop the running search first.</source>
        <translation>先に実行中の探索を停止してください。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>セッションを保存</translation>
    </message>
    <message>
        <source>Cannot save the session</source>
        <translation>セッションを保存できません</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>セッションを開く</translation>
    </message>
    <message>
        <source>Cannot open the session</source>
        <translation>セッションを開けません</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>シナリオを開く</translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation>シナリオファイル (*.json)</translation>
    </message>
    <message>
        <source>About CarbonDSE</source>
        <translation>CarbonDSE について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CarbonDSE %1&lt;/h3&gt;&lt;p&gt;Carbon-aware co-design of Transformer models and edge accelerators.&lt;/p&gt;&lt;p&gt;Total carbon = operational (energy per inference × inferences × grid intensity, plus leakage) + embodied (chip area × carbon per area after the ACT model, plus DRAM and packaging).&lt;/p&gt;&lt;p&gt;After CATransformers (2025) and ACT (ISCA 2022). Accuracy values are estimates unless measured accuracies are imported. Every model and its sources: docs/models.md.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CarbonDSE %1&lt;/h3&gt;&lt;p&gt;Transformer モデルとエッジアクセラレータの、カーボンを考慮した協調設計ツール。&lt;/p&gt;&lt;p&gt;総カーボン = 運用カーボン（推論あたりのエネルギー × 推論回数 × 電力の炭素強度 + リーク）+ 内包カーボン（チップ面積 × ACT モデルによる単位面積あたりカーボン + DRAM とパッケージング）。&lt;/p&gt;&lt;p&gt;CATransformers (2025) および ACT (ISCA 2022) に基づきます。精度の値は、実測精度をインポートしない限り推定値です。すべてのモデルとその出典：docs/models.md。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export the Pareto Front</source>
        <translation>パレートフロントをエクスポート</translation>
    </message>
    <message>
        <source>Export All Designs</source>
        <translation>全設計をエクスポート</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>Exported %L1 designs to %2</source>
        <translation>%L1 件の設計を %2 にエクスポートしました</translation>
    </message>
    <message>
        <source>Export Plots</source>
        <translation>プロットをエクスポート</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 画像 (*.png);;SVG 図 (*.svg);;PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the plots to %1</source>
        <translation>プロットを %1 に保存しました</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>レポートをエクスポート</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML レポート (*.html)</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>レポートを %1 に保存しました</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop opening the session and keep the current one</source>
        <translation>セッションを開くのを中止し、現在のセッションを保持します</translation>
    </message>
    <message>
        <source>A session file is being read or written; try again when it is done.</source>
        <translation>セッションファイルの読み書き中です。完了してから再試行してください。</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 を保存しています…</translation>
    </message>
    <message>
        <source>%1 was not opened: a search started meanwhile.</source>
        <translation>%1 は開かれませんでした：その間に探索が開始されました。</translation>
    </message>
    <message>
        <source>Opening %1 cancelled; the current session is kept.</source>
        <translation>%1 を開く処理をキャンセルしました。現在のセッションはそのままです。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>CarbonDSE sessions (*.cdse)</source>
        <translation>CarbonDSE セッション (*.cdse)</translation>
    </message>
    <message>
        <source>CarbonDSE sessions (*.cdse *.cdse.json *.json)</source>
        <translation>CarbonDSE セッション (*.cdse *.cdse.json *.json)</translation>
    </message>
    <message>
        <source>%1 was not opened: the runs changed meanwhile.</source>
        <translation>%1 は開かれませんでした：その間に実行が変更されました。</translation>
    </message>
    <message numerus="yes">
        <source>%n pinned design(s)</source>
        <translation>
            <numerusform>%n 件のピン留め設計</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opening a session replaces the %n run(s) shown here, with their designs and %1, which are not saved. Open it anyway?</source>
        <translation>
            <numerusform>セッションを開くと、ここに表示されている %n 件の実行（その設計と、保存されていない%1を含む）が置き換えられます。開きますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Lowest carbon</source>
        <translation>最小カーボン</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>The exact front could not be solved: %1</source>
        <translation>厳密フロントを求められませんでした：%1</translation>
    </message>
    <message>
        <source>Sweep an Assumption</source>
        <translation>前提条件のスイープ</translation>
    </message>
    <message>
        <source>the exact universal front (%L1 designs, every design of the space accounted for)</source>
        <translation>厳密な普遍フロント（%L1 設計、探索空間のすべての設計を考慮）</translation>
    </message>
    <message>
        <source>the shown run&apos;s %L1 designs</source>
        <translation>表示中の実行の %L1 設計</translation>
    </message>
    <message>
        <source>exact #</source>
        <translation>厳密 #</translation>
    </message>
    <message>
        <source>A/B Assumptions</source>
        <translation>A/B 前提条件</translation>
    </message>
    <message>
        <source>The three Pareto fronts</source>
        <translation>3 つのパレートフロント</translation>
    </message>
    <message>
        <source>The sweep</source>
        <translation>掃引</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <source>Regime Map</source>
        <translation>レジームマップ</translation>
    </message>
    <message>
        <source>The regime map</source>
        <translation>レジームマップ</translation>
    </message>
    <message>
        <source>The A/B comparison table</source>
        <translation>A/B 比較表</translation>
    </message>
    <message>
        <source>Export the A/B Comparison</source>
        <translation>A/B 比較を書き出す</translation>
    </message>
    <message>
        <source>Saved the A/B comparison to %1</source>
        <translation>A/B 比較を %1 に保存しました</translation>
    </message>
    <message>
        <source>Evaluator Jobs</source>
        <translation>評価ジョブ</translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <source>the PNG encoder failed</source>
        <translation>PNG エンコーダが失敗しました</translation>
    </message>
    <message>
        <source>Plots exported from CarbonDSE</source>
        <translation>CarbonDSE からエクスポートしたプロット</translation>
    </message>
    <message>
        <source>the SVG writer could not start</source>
        <translation>SVG ライタを開始できませんでした</translation>
    </message>
    <message>
        <source>the PDF writer could not start</source>
        <translation>PDF ライタを開始できませんでした</translation>
    </message>
    <message>
        <source>Could not export %1: there is no plot to export.</source>
        <translation>%1 をエクスポートできませんでした：エクスポートするプロットがありません。</translation>
    </message>
    <message>
        <source>Could not export %1: unknown picture format &quot;%2&quot; (use .png, .svg or .pdf).</source>
        <translation>%1 をエクスポートできませんでした：不明な画像形式「%2」です（.png、.svg、.pdf を使用してください）。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>Could not export %1: the PNG resolution must be %2 to %3 dpi and a custom size %4 to %5 px.</source>
        <translation>%1 をエクスポートできませんでした: PNG の解像度は %2～%3 dpi、カスタムサイズは %4～%5 px にしてください。</translation>
    </message>
</context>
<context>
    <name>PlotQuantity</name>
    <message>
        <source>Accuracy (%)</source>
        <translation>精度 (%)</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>レイテンシ (ms)</translation>
    </message>
    <message>
        <source>Total carbon (kg CO2e)</source>
        <translation>総カーボン (kg CO2e)</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>レイテンシ</translation>
    </message>
    <message>
        <source>total carbon</source>
        <translation>総カーボン</translation>
    </message>
</context>
<context>
    <name>PlotTooltip</name>
    <message>
        <source>Accuracy: no estimate</source>
        <translation>精度：推定値なし</translation>
    </message>
    <message>
        <source>Latency: %1 ms</source>
        <translation>レイテンシ：%1 ms</translation>
    </message>
    <message>
        <source>Total carbon: %1 kg CO2e</source>
        <translation>総カーボン：%1 kg CO2e</translation>
    </message>
    <message>
        <source>Embodied carbon: %1 kg CO2e</source>
        <translation>内包カーボン：%1 kg CO2e</translation>
    </message>
    <message>
        <source>Operational carbon: %1 kg CO2e</source>
        <translation>運用カーボン：%1 kg CO2e</translation>
    </message>
    <message>
        <source>Design #%1 (violates a constraint)</source>
        <translation>設計 #%1（制約違反）</translation>
    </message>
    <message>
        <source>Design #%1 (on the Pareto front)</source>
        <translation>設計 #%1（パレートフロント上）</translation>
    </message>
    <message>
        <source>Design #%1 (dominated)</source>
        <translation>設計 #%1（被支配）</translation>
    </message>
    <message>
        <source>Click to select it.</source>
        <translation>クリックして選択します。</translation>
    </message>
    <message>
        <source>Baseline design: %1</source>
        <translation>ベースライン設計：%1</translation>
    </message>
    <message>
        <source>Could not be evaluated: %1</source>
        <translation>評価できませんでした：%1</translation>
    </message>
    <message>
        <source>Accuracy: %1 % (%2)</source>
        <translation>精度：%1 %（%2）</translation>
    </message>
</context>
<context>
    <name>ProjectionAnnotations</name>
    <message>
        <source>minimum accuracy %1 %</source>
        <translation>最小精度 %1 %</translation>
    </message>
    <message>
        <source>maximum latency %1 ms</source>
        <translation>最大レイテンシ %1 ms</translation>
    </message>
    <message>
        <source>maximum total carbon %1 kg CO2e</source>
        <translation>最大総カーボン %1 kg CO2e</translation>
    </message>
</context>
<context>
    <name>ProjectionGraphs</name>
    <message>
        <source>Pareto front</source>
        <translation>パレートフロント</translation>
    </message>
    <message>
        <source>Front of this view (2-D)</source>
        <translation>このビューのフロント（2 次元）</translation>
    </message>
    <message>
        <source>Dominated designs</source>
        <translation>被支配設計</translation>
    </message>
    <message>
        <source>Infeasible designs</source>
        <translation>制約を満たさない設計</translation>
    </message>
    <message>
        <source>Baseline designs</source>
        <translation>ベースライン設計</translation>
    </message>
    <message>
        <source>Selected design</source>
        <translation>選択中の設計</translation>
    </message>
    <message>
        <source>Pinned designs</source>
        <translation>ピン留めした設計</translation>
    </message>
    <message>
        <source>Exact front</source>
        <translation>厳密フロント</translation>
    </message>
    <message>
        <source>Measured or published accuracy</source>
        <translation>実測値または公表値の精度</translation>
    </message>
</context>
<context>
    <name>ProjectionPlot</name>
    <message>
        <source>Accuracy vs total carbon (colour: latency)</source>
        <translation>精度 vs 総カーボン（色：レイテンシ）</translation>
    </message>
    <message>
        <source>Latency vs total carbon (colour: accuracy)</source>
        <translation>レイテンシ vs 総カーボン（色：精度）</translation>
    </message>
    <message>
        <source>Accuracy vs latency (colour: total carbon)</source>
        <translation>精度 vs レイテンシ（色：総カーボン）</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;%1  %2</source>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>最近使ったファイルはありません</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>一覧をクリア</translation>
    </message>
</context>
<context>
    <name>RegimePanel</name>
    <message>
        <source>Run a search or solve the exact front: the map shows which of its designs is optimal where.</source>
        <translation>探索を実行するか厳密フロントを求めてください。マップは、その設計のうちどれがどこで最適かを示します。</translation>
    </message>
    <message>
        <source>Choose two different assumptions.</source>
        <translation>異なる 2 つの前提条件を選んでください。</translation>
    </message>
    <message>
        <source>A log scale needs a first value above 0.</source>
        <translation>対数目盛では最初の値を 0 より大きくしてください。</translation>
    </message>
    <message>
        <source>The last value must be above the first.</source>
        <translation>最後の値は最初の値より大きくしてください。</translation>
    </message>
    <message>
        <source>Refining the map…</source>
        <translation>マップを詳細化しています…</translation>
    </message>
    <message numerus="yes">
        <source>Optimum among %1, within the limits; %n design(s) optimal somewhere. Other assumptions as set on the left.</source>
        <translation>
            <numerusform>最適設計は %1 の中から制約内で選択。どこかで最適になる設計は %n 件。その他の前提条件は左の設定のとおり。</numerusform>
        </translation>
    </message>
    <message>
        <source>Across:</source>
        <translation>横軸：</translation>
    </message>
    <message>
        <source>Up:</source>
        <translation>縦軸：</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>色分け：</translation>
    </message>
    <message>
        <source>Carbon-optimal design</source>
        <translation>炭素最適な設計</translation>
    </message>
    <message>
        <source>Embodied share of its carbon</source>
        <translation>その炭素に占める製造時の割合</translation>
    </message>
    <message>
        <source>Each cell: the design with the lowest total carbon there, or how much of that design&apos;s carbon is embodied. The black line is the break-even, where its operational carbon equals its embodied carbon.</source>
        <translation>各セル: その点で総炭素が最も少ない設計、またはその設計の炭素のうち製造時が占める割合。黒い線は損益分岐点で、運用時炭素が製造時炭素と等しくなる所です。</translation>
    </message>
</context>
<context>
    <name>RegimePlot</name>
    <message>
        <source>Nothing to map</source>
        <translation>マップする対象がありません</translation>
    </message>
    <message>
        <source>Embodied share of the optimum&apos;s carbon</source>
        <translation>最適設計の炭素に占める製造時の割合</translation>
    </message>
    <message numerus="yes">
        <source>%n other design(s)</source>
        <translation>
            <numerusform>その他の設計 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>As set now</source>
        <translation>現在の設定</translation>
    </message>
    <message>
        <source>Break-even: operational = embodied</source>
        <translation>損益分岐点: 運用時 = 製造時</translation>
    </message>
</context>
<context>
    <name>RunListPanel</name>
    <message>
        <source>%1 g/kWh, %2 y, %3/s</source>
        <translation>%1 g/kWh、%2 年、%3/秒</translation>
    </message>
    <message>
        <source>, latency ≤ %1 ms</source>
        <translation>、レイテンシ ≤ %1 ms</translation>
    </message>
    <message>
        <source>, accuracy ≥ %1 %</source>
        <translation>、精度 ≥ %1 %</translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>実行を削除</translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %n pinned design(s). Delete the run and unpin them?</source>
        <translation>
            <numerusform>「%1」には %n 件のピン留め設計があります。実行を削除してピン留めを解除しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 (%2 pinned)</source>
        <translation>%L1（%2 件ピン留め）</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Designs</source>
        <translation>設計数</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>アルゴリズム</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>Assumptions at start</source>
        <translation>開始時の前提条件</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Rename the chosen run (or double-click its name)</source>
        <translation>選択した実行の名前を変更します（名前をダブルクリックしても変更できます）</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Delete the chosen run and its designs from this session</source>
        <translation>選択した実行とその設計をこのセッションから削除します</translation>
    </message>
</context>
<context>
    <name>SearchAlgorithm</name>
    <message>
        <source>Bayesian optimisation</source>
        <translation>ベイズ最適化</translation>
    </message>
    <message>
        <source>Gaussian-process models choose each batch by expected hypervolume improvement; for slow evaluations and small budgets.</source>
        <translation>ガウス過程モデルが期待ハイパーボリューム改善量で各バッチを選びます。評価が遅く予算が小さい場合に向きます。</translation>
    </message>
    <message>
        <source>Exhaustive</source>
        <translation>全探索</translation>
    </message>
    <message>
        <source>Every design once, in order; for spaces of up to a few million designs.</source>
        <translation>すべての設計を順に一度ずつ評価します。数百万設計までの空間向けです。</translation>
    </message>
    <message>
        <source>NSGA-II</source>
        <translation>NSGA-II</translation>
    </message>
    <message>
        <source>Evolutionary multi-objective search (Deb et al., 2002); the default for large spaces.</source>
        <translation>進化的多目的探索（Deb ら, 2002）。大きな空間の既定です。</translation>
    </message>
    <message>
        <source>Random sampling</source>
        <translation>ランダムサンプリング</translation>
    </message>
    <message>
        <source>Uniform random designs, never the same one twice; the baseline to beat.</source>
        <translation>一様ランダムな設計（同じ設計は二度選びません）。比較の基準です。</translation>
    </message>
    <message>
        <source>Sobol sampling</source>
        <translation>Sobol サンプリング</translation>
    </message>
    <message>
        <source>Quasi-random designs that cover the space more evenly than random ones.</source>
        <translation>ランダムより均一に空間を覆う準乱数の設計です。</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>厳密解</translation>
    </message>
    <message>
        <source>The whole space solved exactly, every design accounted for; the front stays exact when the carbon sliders move. Needs the built-in accuracy estimate.</source>
        <translation>設計空間全体を厳密に解きます（すべての設計を考慮）。炭素のスライダーを動かしてもフロントは厳密なままです。組み込みの精度推定が必要です。</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Unknown search algorithm &quot;%1&quot;.</source>
        <translation>不明な探索アルゴリズム「%1」です。</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Carbon: accuracy vs total carbon</source>
        <translation>カーボン：精度 vs 総カーボン</translation>
    </message>
    <message>
        <source>Latency: accuracy vs latency</source>
        <translation>レイテンシ：精度 vs レイテンシ</translation>
    </message>
    <message>
        <source>Energy: accuracy vs lifetime energy</source>
        <translation>エネルギー：精度 vs 使用期間中のエネルギー</translation>
    </message>
    <message>
        <source>All: accuracy, latency and total carbon</source>
        <translation>すべて：精度、レイテンシ、総カーボン</translation>
    </message>
    <message>
        <source>Hardware only: latency and total carbon, model fixed</source>
        <translation>ハードウェアのみ：レイテンシと総カーボン（モデル固定）</translation>
    </message>
    <message>
        <source>Model only: accuracy vs energy, hardware fixed</source>
        <translation>モデルのみ：精度 vs エネルギー（ハードウェア固定）</translation>
    </message>
    <message>
        <source>Custom objectives (from the scenario file)</source>
        <translation>カスタム目的（シナリオファイルで指定）</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>アルゴリズム</translation>
    </message>
    <message>
        <source>Budget (designs)</source>
        <translation>予算（設計数）</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>スレッド数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Which objectives the search optimises; the plots always show accuracy, latency and total carbon.</source>
        <translation>探索で最適化する目的。プロットには常に精度、レイテンシ、総カーボンが表示されます。</translation>
    </message>
    <message>
        <source>How many distinct designs the search evaluates.</source>
        <translation>探索で評価する異なる設計の数。</translation>
    </message>
    <message>
        <source>Worker threads; the same seed gives the same designs whatever the thread count.</source>
        <translation>ワーカースレッド数。シードが同じなら、スレッド数にかかわらず同じ設計が得られます。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Start a search in the background (F5)</source>
        <translation>バックグラウンドで探索を開始（F5）</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Pause or resume the running search (F6)</source>
        <translation>実行中の探索を一時停止/再開（F6）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the search; every design evaluated so far is kept (Shift+F5)</source>
        <translation>探索を停止します。それまでに評価した設計はすべて保持されます（Shift+F5）</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状態：%1</translation>
    </message>
    <message>
        <source>Evaluations: %L1 of %L2</source>
        <translation>評価数：%L1 / %L2</translation>
    </message>
    <message>
        <source>Feasible: %L1 (failed: %L2)</source>
        <translation>実行可能：%L1（失敗：%L2）</translation>
    </message>
    <message>
        <source>%L1 evaluations/s, %2 s elapsed</source>
        <translation>%L1 評価/秒、経過 %2 秒</translation>
    </message>
    <message>
        <source>it pairs at most two stacks (a text and a vision encoder).</source>
        <translation>組み合わせられるのは最大 2 つのスタック（テキストと画像のエンコーダ）までです。</translation>
    </message>
    <message>
        <source>a node override on a searched accelerator is not supported yet (it rescales on-chip and DRAM energy differently).</source>
        <translation>探索対象のアクセラレータに対するノードの上書きにはまだ対応していません（オンチップと DRAM のエネルギーを異なる比率で換算するため）。</translation>
    </message>
    <message>
        <source>it needs the built-in accuracy estimate, whose error is one factor per encoder; a measured table or an external evaluator is not separable.</source>
        <translation>誤差がエンコーダごとの係数の積になる組み込みの精度推定が必要です。測定表や外部評価器はエンコーダごとに分解できません。</translation>
    </message>
    <message>
        <source>the built-in estimate has no accuracy for pruned models of this preset, only for its published shape.</source>
        <translation>このプリセットでは、組み込みの推定は公開されている形状の精度のみを持ち、枝刈りしたモデルの精度はありません。</translation>
    </message>
    <message>
        <source>Not available for this scenario: %1</source>
        <translation>このシナリオでは使用できません：%1</translation>
    </message>
    <message>
        <source>Solving the whole space exactly: %1 % of accelerators</source>
        <translation>設計空間全体を厳密に求解中：アクセラレータの %1 % が完了</translation>
    </message>
    <message>
        <source>%1 s elapsed</source>
        <translation>経過 %1 秒</translation>
    </message>
</context>
<context>
    <name>SettingsSummary</name>
    <message>
        <source>%1 g/kWh</source>
        <translation>%1 g/kWh</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>%1 inferences/s</source>
        <translation>%1 推論/秒</translation>
    </message>
    <message>
        <source>duty %1 %</source>
        <translation>稼働率 %1 %</translation>
    </message>
    <message>
        <source>no leakage</source>
        <translation>リークなし</translation>
    </message>
    <message>
        <source>fab %1 g/kWh</source>
        <translation>製造 %1 g/kWh</translation>
    </message>
    <message>
        <source>fab %1</source>
        <translation>製造 %1</translation>
    </message>
    <message>
        <source>own node</source>
        <translation>ノード固有の値</translation>
    </message>
    <message>
        <source>%1 nm</source>
        <translation>%1 nm</translation>
    </message>
    <message>
        <source>gas abatement %1 %</source>
        <translation>ガス除害 %1 %</translation>
    </message>
    <message>
        <source>yield %1 %</source>
        <translation>歩留まり %1 %</translation>
    </message>
    <message>
        <source>%1, %2 GB</source>
        <translation>%1、%2 GB</translation>
    </message>
    <message>
        <source>%1 sized from the weights</source>
        <translation>%1（重みからサイズを算出）</translation>
    </message>
    <message>
        <source>packaging %1 kg</source>
        <translation>パッケージング %1 kg</translation>
    </message>
    <message>
        <source>no packaging</source>
        <translation>パッケージングなし</translation>
    </message>
    <message>
        <source>amortised over %1 years</source>
        <translation>%1 年で償却</translation>
    </message>
    <message>
        <source>not amortised</source>
        <translation>償却なし</translation>
    </message>
    <message>
        <source>idle power %1 %</source>
        <translation>待機電力 %1 %</translation>
    </message>
    <message>
        <source>die yield from area, DRAM %1</source>
        <translation>ダイ歩留まりは面積から、DRAM は %1</translation>
    </message>
</context>
<context>
    <name>SweepPanel</name>
    <message>
        <source>A log scale needs a first value above 0.</source>
        <translation>対数目盛では最初の値を 0 より大きくしてください。</translation>
    </message>
    <message>
        <source>The last value must be above the first.</source>
        <translation>最後の値は最初の値より大きくしてください。</translation>
    </message>
    <message>
        <source>Pin designs or run a search to see how their carbon changes.</source>
        <translation>設計をピン留めするか探索を実行すると、炭素の変化が表示されます。</translation>
    </message>
    <message>
        <source>Carbon-optimal design</source>
        <translation>炭素最適な設計</translation>
    </message>
    <message>
        <source>Optimum among %1, within the limits. Other assumptions as set on the left.</source>
        <translation>最適設計は %1 の中から制約内で選択。その他の前提条件は左の設定のとおり。</translation>
    </message>
    <message>
        <source>No candidates for the optimum yet. Other assumptions as set on the left.</source>
        <translation>最適設計の候補はまだありません。その他の前提条件は左の設定のとおり。</translation>
    </message>
    <message>
        <source>Sweep:</source>
        <translation>スイープ:</translation>
    </message>
    <message>
        <source>Break-even: where a design&apos;s operational carbon equals its embodied carbon.</source>
        <translation>損益分岐点: 設計の運用時炭素が製造時炭素と等しくなる点。</translation>
    </message>
    <message>
        <source>Each node rescales these designs; a search at that node could find others.</source>
        <translation>各ノードではこれらの設計をスケーリングしています。そのノードで探索すれば別の設計が見つかる可能性があります。</translation>
    </message>
</context>
<context>
    <name>SweepPlot</name>
    <message>
        <source>%1 g/kWh</source>
        <translation>%1 g/kWh</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>%1 /s</source>
        <translation>%1 /秒</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Nothing to sweep</source>
        <translation>スイープする対象がありません</translation>
    </message>
    <message>
        <source>%1: total</source>
        <translation>%1: 合計</translation>
    </message>
    <message>
        <source>%1: embodied</source>
        <translation>%1: 製造時</translation>
    </message>
    <message>
        <source>%1 break-even: %2</source>
        <translation>%1 損益分岐点: %2</translation>
    </message>
    <message>
        <source> now</source>
        <translation> 現在</translation>
    </message>
    <message>
        <source>Carbon per chip (kg CO₂e)</source>
        <translation>チップあたりの炭素 (kg CO₂e)</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1（現在）</translation>
    </message>
    <message>
        <source>%1: operational</source>
        <translation>%1：運用</translation>
    </message>
</context>
<context>
    <name>SweepRangeEditor</name>
    <message>
        <source>Grid carbon intensity</source>
        <translation>電力網の炭素強度</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>使用期間</translation>
    </message>
    <message>
        <source>Inference rate</source>
        <translation>推論レート</translation>
    </message>
    <message>
        <source>Duty cycle</source>
        <translation>通電率</translation>
    </message>
    <message>
        <source>from</source>
        <translation>範囲</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>対数目盛</translation>
    </message>
    <message>
        <source>Space the values geometrically (grid intensities and rates span orders of magnitude).</source>
        <translation>値を等比で配置します（炭素強度やレートは桁をまたぐため）。</translation>
    </message>
    <message>
        <source>The assumption to vary; the others stay as set in the Assumptions panel.</source>
        <translation>変化させる前提条件。その他は前提条件パネルの設定のままです。</translation>
    </message>
    <message>
        <source>Grid carbon intensity (g CO₂e/kWh)</source>
        <translation>電力網の炭素強度 (g CO₂e/kWh)</translation>
    </message>
    <message>
        <source>Lifetime (years)</source>
        <translation>使用期間（年）</translation>
    </message>
    <message>
        <source>Inference rate (1/s)</source>
        <translation>推論レート (1/秒)</translation>
    </message>
    <message>
        <source>Duty cycle (fraction powered)</source>
        <translation>通電率（通電時間の割合）</translation>
    </message>
    <message numerus="yes">
        <source>All %n categories</source>
        <translation>
            <numerusform>全 %n カテゴリ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 categories</source>
        <translation>%2 カテゴリ中 %1</translation>
    </message>
    <message>
        <source>Fab location</source>
        <translation>ファブの所在地</translation>
    </message>
    <message>
        <source>Technology node</source>
        <translation>テクノロジーノード</translation>
    </message>
    <message>
        <source>The categories to compare, each with every other assumption as set.</source>
        <translation>比較するカテゴリ。ほかの前提条件はすべて設定どおりです。</translation>
    </message>
</context>
</TS>
