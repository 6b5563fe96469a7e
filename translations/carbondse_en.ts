<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AbFigure</name>
    <message>
        <source>the PNG encoder failed</source>
        <translation>the PNG encoder failed</translation>
    </message>
    <message>
        <source>A/B comparison exported from CarbonDSE</source>
        <translation>A/B comparison exported from CarbonDSE</translation>
    </message>
    <message>
        <source>the SVG writer could not start</source>
        <translation>the SVG writer could not start</translation>
    </message>
    <message>
        <source>the PDF writer could not start</source>
        <translation>the PDF writer could not start</translation>
    </message>
    <message>
        <source>Could not export %1: there is no A/B comparison to export.</source>
        <translation>Could not export %1: there is no A/B comparison to export.</translation>
    </message>
    <message>
        <source>Could not export %1: unknown picture format &quot;%2&quot; (use .png, .svg or .pdf).</source>
        <translation>Could not export %1: unknown picture format &quot;%2&quot; (use .png, .svg or .pdf).</translation>
    </message>
    <message>
        <source>Could not export %1: the PNG resolution must be %2 to %3 dpi and a custom size %4 to %5 px.</source>
        <translation>Could not export %1: the PNG resolution must be %2 to %3 dpi and a custom size %4 to %5 px.</translation>
    </message>
    <message>
        <source>Could not export %1: the comparison does not fit on %2 × %3 px even in small text; choose a larger size.</source>
        <translation>Could not export %1: the comparison does not fit on %2 × %3 px even in small text; choose a larger size.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Carbon under assumption sets A and B</source>
        <translation>Carbon under assumption sets A and B</translation>
    </message>
    <message>
        <source>Carbon under assumption sets A and B: %1</source>
        <translation>Carbon under assumption sets A and B: %1</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>A, kg CO₂e</source>
        <translation>A, kg CO₂e</translation>
    </message>
    <message>
        <source>B, kg CO₂e</source>
        <translation>B, kg CO₂e</translation>
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
        <translation>Embodied, kg A&#xa0;→&#xa0;B</translation>
    </message>
    <message>
        <source>Operational, kg A&#xa0;→&#xa0;B</source>
        <translation>Operational, kg A&#xa0;→&#xa0;B</translation>
    </message>
    <message>
        <source>cannot be scored</source>
        <translation>cannot be scored</translation>
    </message>
    <message numerus="yes">
        <source>%n more pinned design(s) do not fit on this figure; a PDF lists them all.</source>
        <translation>
            <numerusform>%n more pinned design does not fit on this figure; a PDF lists them all.</numerusform>
            <numerusform>%n more pinned designs do not fit on this figure; a PDF lists them all.</numerusform>
        </translation>
    </message>
    <message>
        <source>A and B are the same assumptions.</source>
        <translation>A and B are the same assumptions.</translation>
    </message>
    <message>
        <source>B differs in: %1</source>
        <translation>B differs in: %1</translation>
    </message>
</context>
<context>
    <name>AbPanel</name>
    <message>
        <source>Show A in the sliders</source>
        <translation>Show A in the sliders</translation>
    </message>
    <message>
        <source>Show B in the sliders</source>
        <translation>Show B in the sliders</translation>
    </message>
    <message>
        <source>A&apos;s optimum, %1</source>
        <translation>A&apos;s optimum, %1</translation>
    </message>
    <message>
        <source>B&apos;s optimum, %1</source>
        <translation>B&apos;s optimum, %1</translation>
    </message>
    <message>
        <source>No candidates for the optimum yet: run a search, or pin designs to compare them.</source>
        <translation>No candidates for the optimum yet: run a search, or pin designs to compare them.</translation>
    </message>
    <message>
        <source>No candidate meets the limits under A.</source>
        <translation>No candidate meets the limits under A.</translation>
    </message>
    <message>
        <source>No candidate meets the limits under B.</source>
        <translation>No candidate meets the limits under B.</translation>
    </message>
    <message>
        <source>%1 is the carbon-optimal design under A and under B: switching saves nothing. It emits %2 kg CO₂e under A and %3 kg under B.</source>
        <translation>%1 is the carbon-optimal design under A and under B: switching saves nothing. It emits %2 kg CO₂e under A and %3 kg under B.</translation>
    </message>
    <message>
        <source>Under B, switching from %1 (A&apos;s optimum) to %2 (B&apos;s optimum) saves %3 kg CO₂e (%4 %). A&apos;s optimum emits %5 kg under A; B&apos;s emits %6 kg under B.</source>
        <translation>Under B, switching from %1 (A&apos;s optimum) to %2 (B&apos;s optimum) saves %3 kg CO₂e (%4 %). A&apos;s optimum emits %5 kg under A; B&apos;s emits %6 kg under B.</translation>
    </message>
    <message>
        <source>A&apos;s optimum does not meet the limits under B.</source>
        <translation>A&apos;s optimum does not meet the limits under B.</translation>
    </message>
    <message>
        <source>The saving is %1.</source>
        <translation>The saving is %1.</translation>
    </message>
    <message>
        <source>A and B are the same. Set the sliders to other assumptions and press &quot;B ← Sliders&quot;, or pick a preset.</source>
        <translation>A and B are the same. Set the sliders to other assumptions and press &quot;B ← Sliders&quot;, or pick a preset.</translation>
    </message>
    <message>
        <source>B differs in: %1</source>
        <translation>B differs in: %1</translation>
    </message>
    <message>
        <source>cannot be scored</source>
        <translation>cannot be scored</translation>
    </message>
    <message>
        <source>Embodied %1 → %2 kg, operational %3 → %4 kg CO₂e</source>
        <translation>Embodied %1 → %2 kg, operational %3 → %4 kg CO₂e</translation>
    </message>
    <message>
        <source>Totals over the lifetime, kg CO₂e. Optimum among %1, within the limits.</source>
        <translation>Totals over the lifetime, kg CO₂e. Optimum among %1, within the limits.</translation>
    </message>
    <message>
        <source>Totals over the lifetime, kg CO₂e.</source>
        <translation>Totals over the lifetime, kg CO₂e.</translation>
    </message>
    <message>
        <source>A ← Sliders</source>
        <translation>A ← Sliders</translation>
    </message>
    <message>
        <source>B ← Sliders</source>
        <translation>B ← Sliders</translation>
    </message>
    <message>
        <source>Make the assumptions now set in the Assumptions panel set A.</source>
        <translation>Make the assumptions now set in the Assumptions panel set A.</translation>
    </message>
    <message>
        <source>Make the assumptions now set in the Assumptions panel set B.</source>
        <translation>Make the assumptions now set in the Assumptions panel set B.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Set the sliders to A&apos;s assumptions (undoable), to edit them or to see the fronts under A.</source>
        <translation>Set the sliders to A&apos;s assumptions (undoable), to edit them or to see the fronts under A.</translation>
    </message>
    <message>
        <source>Set the sliders to B&apos;s assumptions (undoable), to edit them or to see the fronts under B.</source>
        <translation>Set the sliders to B&apos;s assumptions (undoable), to edit them or to see the fronts under B.</translation>
    </message>
    <message>
        <source>Swap A ⇄ B</source>
        <translation>Swap A ⇄ B</translation>
    </message>
    <message>
        <source>Copy A → B</source>
        <translation>Copy A → B</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>A, kg</source>
        <translation>A, kg</translation>
    </message>
    <message>
        <source>B, kg</source>
        <translation>B, kg</translation>
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
        <translation>B − A, kg CO₂e</translation>
    </message>
    <message>
        <source>(B − A) / A</source>
        <translation>(B − A) / A</translation>
    </message>
    <message>
        <source>Export Figure…</source>
        <translation>Export Figure…</translation>
    </message>
    <message>
        <source>Save this comparison as a slide or paper figure (PNG, SVG or PDF).</source>
        <translation>Save this comparison as a slide or paper figure (PNG, SVG or PDF).</translation>
    </message>
</context>
<context>
    <name>AboutDataDialog</name>
    <message>
        <source>Cannot read this table: %1</source>
        <translation>Cannot read this table: %1</translation>
    </message>
    <message>
        <source>About Data and Sources</source>
        <translation>About Data and Sources</translation>
    </message>
    <message>
        <source>Table / entry</source>
        <translation>Table / entry</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Data tables</source>
        <translation>Data tables</translation>
    </message>
    <message>
        <source>References</source>
        <translation>References</translation>
    </message>
    <message>
        <source>whole table</source>
        <translation>whole table</translation>
    </message>
</context>
<context>
    <name>AccuracyOriginText</name>
    <message>
        <source>estimate</source>
        <translation>estimate</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>measured</translation>
    </message>
    <message>
        <source>interpolated</source>
        <translation>interpolated</translation>
    </message>
    <message>
        <source>external</source>
        <translation>external</translation>
    </message>
    <message>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <source>no estimate</source>
        <translation>no estimate</translation>
    </message>
    <message>
        <source>Estimate, not a measurement: the built-in formula calibrated to published results (resources/data/accuracy_calibration.json); band %1–%2 %.</source>
        <translation>Estimate, not a measurement: the built-in formula calibrated to published results (resources/data/accuracy_calibration.json); band %1–%2 %.</translation>
    </message>
    <message>
        <source>Measured: this configuration is a row of the scenario&apos;s measured table; band %1–%2 % is the range of its repeated measurements.</source>
        <translation>Measured: this configuration is a row of the scenario&apos;s measured table; band %1–%2 % is the range of its repeated measurements.</translation>
    </message>
    <message>
        <source>Interpolated: a Gaussian process over the scenario&apos;s measured table, not a measurement of this configuration; band %1–%2 % is its 90 % interval.</source>
        <translation>Interpolated: a Gaussian process over the scenario&apos;s measured table, not a measurement of this configuration; band %1–%2 % is its 90 % interval.</translation>
    </message>
    <message>
        <source>External: reported by the scenario&apos;s evaluator command; band %1–%2 % as it reported.</source>
        <translation>External: reported by the scenario&apos;s evaluator command; band %1–%2 % as it reported.</translation>
    </message>
    <message>
        <source>Published: the published accuracy of the unpruned checkpoint; band %1–%2 %.</source>
        <translation>Published: the published accuracy of the unpruned checkpoint; band %1–%2 %.</translation>
    </message>
    <message>
        <source>The scenario&apos;s accuracy source has no estimate for this model.</source>
        <translation>The scenario&apos;s accuracy source has no estimate for this model.</translation>
    </message>
</context>
<context>
    <name>AssumptionsPanel</name>
    <message>
        <source>%1: %2 g CO₂e/kWh
Source: %3 (%4)</source>
        <translation>%1: %2 g CO₂e/kWh
Source: %3 (%4)</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Preset:</translation>
    </message>
    <message>
        <source>Choose a whole-assumption preset…</source>
        <translation>Choose a whole-assumption preset…</translation>
    </message>
    <message>
        <source>Use (operational carbon)</source>
        <translation>Use (operational carbon)</translation>
    </message>
    <message>
        <source>Manufacturing (embodied carbon, ACT model)</source>
        <translation>Manufacturing (embodied carbon, ACT model)</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Constraints</translation>
    </message>
    <message>
        <source>Custom value</source>
        <translation>Custom value</translation>
    </message>
    <message>
        <source>Grid region:</source>
        <translation>Grid region:</translation>
    </message>
    <message>
        <source>Carbon intensity of the electricity the deployed accelerator uses (resources/data/grid_regions.json).</source>
        <translation>Carbon intensity of the electricity the deployed accelerator uses (resources/data/grid_regions.json).</translation>
    </message>
    <message>
        <source>Grid intensity:</source>
        <translation>Grid intensity:</translation>
    </message>
    <message>
        <source>Operational carbon = energy per inference × inferences × grid intensity (+ leakage over the powered time).</source>
        <translation>Operational carbon = energy per inference × inferences × grid intensity (+ leakage over the powered time).</translation>
    </message>
    <message>
        <source> g/kWh</source>
        <translation> g/kWh</translation>
    </message>
    <message>
        <source>Lifetime:</source>
        <translation>Lifetime:</translation>
    </message>
    <message>
        <source>How long the hardware is deployed.</source>
        <translation>How long the hardware is deployed.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Workload:</source>
        <translation>Workload:</translation>
    </message>
    <message>
        <source>Inferences the deployment runs, in the unit below.</source>
        <translation>Inferences the deployment runs, in the unit below.</translation>
    </message>
    <message>
        <source>Per:</source>
        <translation>Per:</translation>
    </message>
    <message>
        <source>inferences per second</source>
        <translation>inferences per second</translation>
    </message>
    <message>
        <source>inferences per hour</source>
        <translation>inferences per hour</translation>
    </message>
    <message>
        <source>inferences per day</source>
        <translation>inferences per day</translation>
    </message>
    <message>
        <source>Powered on:</source>
        <translation>Powered on:</translation>
    </message>
    <message>
        <source>Share of the lifetime the chip is powered and leaks static power (power gating lowers it).</source>
        <translation>Share of the lifetime the chip is powered and leaks static power (power gating lowers it).</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Count leakage (static) energy</source>
        <translation>Count leakage (static) energy</translation>
    </message>
    <message>
        <source>Fab:</source>
        <translation>Fab:</translation>
    </message>
    <message>
        <source>Carbon intensity of the fab&apos;s electricity: a fab location or an energy source (ACT tables).</source>
        <translation>Carbon intensity of the fab&apos;s electricity: a fab location or an energy source (ACT tables).</translation>
    </message>
    <message>
        <source>Energy source: %1</source>
        <translation>Energy source: %1</translation>
    </message>
    <message>
        <source>Technology node:</source>
        <translation>Technology node:</translation>
    </message>
    <message>
        <source>Node for the ACT carbon-per-area (CPA) factors; the chip area stays the simulator&apos;s.</source>
        <translation>Node for the ACT carbon-per-area (CPA) factors; the chip area stays the simulator&apos;s.</translation>
    </message>
    <message>
        <source>The accelerator&apos;s own node</source>
        <translation>The accelerator&apos;s own node</translation>
    </message>
    <message>
        <source>Gas abatement:</source>
        <translation>Gas abatement:</translation>
    </message>
    <message>
        <source>Share of fluorinated process gases destroyed before release (ACT GPA at 95 % or 99 %).</source>
        <translation>Share of fluorinated process gases destroyed before release (ACT GPA at 95 % or 99 %).</translation>
    </message>
    <message>
        <source>Yield:</source>
        <translation>Yield:</translation>
    </message>
    <message>
        <source>Include packaging (ACT: 0.15 kg per IC)</source>
        <translation>Include packaging (ACT: 0.15 kg per IC)</translation>
    </message>
    <message>
        <source>Latency at most</source>
        <translation>Latency at most</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Chip area at most</source>
        <translation>Chip area at most</translation>
    </message>
    <message>
        <source> mm²</source>
        <translation> mm²</translation>
    </message>
    <message>
        <source>Peak TOPS at most</source>
        <translation>Peak TOPS at most</translation>
    </message>
    <message>
        <source>Accuracy at least</source>
        <translation>Accuracy at least</translation>
    </message>
    <message>
        <source>Total carbon at most</source>
        <translation>Total carbon at most</translation>
    </message>
    <message>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <source>= %1 inferences over %2 years</source>
        <translation>= %1 inferences over %2 years</translation>
    </message>
    <message>
        <source>Preset %1</source>
        <translation>Preset %1</translation>
    </message>
    <message>
        <source>Idle power:</source>
        <translation>Idle power:</translation>
    </message>
    <message>
        <source>Share of the leakage power drawn while powered but idle (power gating): 100 % is no gating; the default 33 % is state-retaining supply gating (about 3× less leakage). Leakage counts in full while the chip computes.</source>
        <translation>Share of the leakage power drawn while powered but idle (power gating): 100 % is no gating; the default 33 % is state-retaining supply gating (about 3× less leakage). Leakage counts in full while the chip computes.</translation>
    </message>
    <message>
        <source>Die yield:</source>
        <translation>Die yield:</translation>
    </message>
    <message>
        <source>Embodied carbon per good die = area × CPA / yield. From the die area: Murphy&apos;s model with the node&apos;s defect density, so a larger die yields less. Constant: the yield below for every die.</source>
        <translation>Embodied carbon per good die = area × CPA / yield. From the die area: Murphy&apos;s model with the node&apos;s defect density, so a larger die yields less. Constant: the yield below for every die.</translation>
    </message>
    <message>
        <source>From the die area (Murphy)</source>
        <translation>From the die area (Murphy)</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Constant</translation>
    </message>
    <message>
        <source>Fraction of good DRAM parts, and of good dies when the die yield is constant.</source>
        <translation>Fraction of good DRAM parts, and of good dies when the die yield is constant.</translation>
    </message>
</context>
<context>
    <name>CarbonBar</name>
    <message>
        <source>No carbon to show</source>
        <translation>No carbon to show</translation>
    </message>
    <message>
        <source>■ embodied %1 % (├┤ P5–P95)</source>
        <translation>■ embodied %1 % (├┤ P5–P95)</translation>
    </message>
    <message>
        <source>operational %1 % ■</source>
        <translation>operational %1 % ■</translation>
    </message>
    <message>
        <source>Embodied %1 kg (P5–P95 %2–%3 kg, the upper whisker) vs operational %4 kg CO₂e (%5–%6 kg with the leakage assumption at its low and high, the lower whisker). Embodied: ACT model (Gupta et al., ISCA 2022); operational: energy × inferences × grid intensity.</source>
        <translation>Embodied %1 kg (P5–P95 %2–%3 kg, the upper whisker) vs operational %4 kg CO₂e (%5–%6 kg with the leakage assumption at its low and high, the lower whisker). Embodied: ACT model (Gupta et al., ISCA 2022); operational: energy × inferences × grid intensity.</translation>
    </message>
</context>
<context>
    <name>CarbonEquivalentsText</name>
    <message>
        <source>%1 km by car</source>
        <translation>%1 km by car</translation>
    </message>
    <message>
        <source>%1 smartphone charges</source>
        <translation>%1 smartphone charges</translation>
    </message>
    <message>
        <source>%1 tree-years of uptake</source>
        <translation>%1 tree-years of uptake</translation>
    </message>
    <message>
        <source>Everyday equivalents (averages, not part of any score):</source>
        <translation>Everyday equivalents (averages, not part of any score):</translation>
    </message>
</context>
<context>
    <name>CompareBars</name>
    <message>
        <source>%1
embodied %2 kg, operational %3 kg, total %4 kg CO₂e</source>
        <translation>%1
embodied %2 kg, operational %3 kg, total %4 kg CO₂e</translation>
    </message>
    <message>
        <source>Embodied</source>
        <translation>Embodied</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Operational</translation>
    </message>
    <message>
        <source>Total carbon (kg CO₂e)</source>
        <translation>Total carbon (kg CO₂e)</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Unpin %1</source>
        <translation>Unpin %1</translation>
    </message>
    <message>
        <source>Pin up to four designs (select one, then Designs ▸ Pin Selected Design, Ctrl+P) to compare them here.</source>
        <translation>Pin up to four designs (select one, then Designs ▸ Pin Selected Design, Ctrl+P) to compare them here.</translation>
    </message>
</context>
<context>
    <name>DesignMetrics</name>
    <message>
        <source>%1: %2 layers × %3 heads, FFN %4, width %5</source>
        <translation>%1: %2 layers × %3 heads, FFN %4, width %5</translation>
    </message>
    <message>
        <source>%1 × (%2 × %3 PEs, %4 KB L2), GLB %5 MB, %6 MHz, %7 nm, %8-bit, %9</source>
        <translation>%1 × (%2 × %3 PEs, %4 KB L2), GLB %5 MB, %6 MHz, %7 nm, %8-bit, %9</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Accelerator</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Not evaluated: %1</source>
        <translation>Not evaluated: %1</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latency (ms)</translation>
    </message>
    <message>
        <source>Simulated time of one inference</source>
        <translation>Simulated time of one inference</translation>
    </message>
    <message>
        <source>Energy per inference (mJ)</source>
        <translation>Energy per inference (mJ)</translation>
    </message>
    <message>
        <source>Dynamic energy plus leakage during the inference</source>
        <translation>Dynamic energy plus leakage during the inference</translation>
    </message>
    <message>
        <source>Chip area (mm²)</source>
        <translation>Chip area (mm²)</translation>
    </message>
    <message>
        <source>PEs, vector lanes, L2 and GLB SRAM</source>
        <translation>PEs, vector lanes, L2 and GLB SRAM</translation>
    </message>
    <message>
        <source>Peak TOPS</source>
        <translation>Peak TOPS</translation>
    </message>
    <message>
        <source>clusters × PE width × PE depth × 2 × frequency</source>
        <translation>clusters × PE width × PE depth × 2 × frequency</translation>
    </message>
    <message>
        <source>Embodied carbon (kg CO₂e)</source>
        <translation>Embodied carbon (kg CO₂e)</translation>
    </message>
    <message>
        <source>ACT: chip area × CPA / yield + DRAM + packaging</source>
        <translation>ACT: chip area × CPA / yield + DRAM + packaging</translation>
    </message>
    <message>
        <source>Embodied P5–P95 (kg CO₂e)</source>
        <translation>Embodied P5–P95 (kg CO₂e)</translation>
    </message>
    <message>
        <source>Spread of EPA, GPA, yield and fab intensity</source>
        <translation>Spread of EPA, GPA, yield and fab intensity</translation>
    </message>
    <message>
        <source>Operational carbon (kg CO₂e)</source>
        <translation>Operational carbon (kg CO₂e)</translation>
    </message>
    <message>
        <source>Energy per inference × inferences × grid intensity, plus leakage while powered</source>
        <translation>Energy per inference × inferences × grid intensity, plus leakage while powered</translation>
    </message>
    <message>
        <source>Total carbon (kg CO₂e)</source>
        <translation>Total carbon (kg CO₂e)</translation>
    </message>
    <message>
        <source>Embodied + operational</source>
        <translation>Embodied + operational</translation>
    </message>
    <message>
        <source>Embodied share (%)</source>
        <translation>Embodied share (%)</translation>
    </message>
    <message>
        <source>Embodied / total</source>
        <translation>Embodied / total</translation>
    </message>
    <message>
        <source>feasible</source>
        <translation>feasible</translation>
    </message>
    <message>
        <source>violates: %1</source>
        <translation>violates: %1</translation>
    </message>
    <message>
        <source>, on the Pareto front</source>
        <translation>, on the Pareto front</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>Accuracy (%)</translation>
    </message>
    <message>
        <source>Accuracy source</source>
        <translation>Accuracy source</translation>
    </message>
    <message>
        <source>, output stationary</source>
        <translation>, output stationary</translation>
    </message>
    <message>
        <source>, input stationary</source>
        <translation>, input stationary</translation>
    </message>
    <message>
        <source>, best dataflow per GEMM</source>
        <translation>, best dataflow per GEMM</translation>
    </message>
</context>
<context>
    <name>DesignTableExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latency</translation>
    </message>
    <message>
        <source>Carbon</source>
        <translation>Carbon</translation>
    </message>
    <message>
        <source>Per-operator latency, re-simulated for this design only</source>
        <translation>Per-operator latency, re-simulated for this design only</translation>
    </message>
    <message>
        <source>Not evaluated: %1</source>
        <translation>Not evaluated: %1</translation>
    </message>
    <message>
        <source>Feasible</source>
        <translation>Feasible</translation>
    </message>
    <message>
        <source>latency limit</source>
        <translation>latency limit</translation>
    </message>
    <message>
        <source>area limit</source>
        <translation>area limit</translation>
    </message>
    <message>
        <source>peak TOPS limit</source>
        <translation>peak TOPS limit</translation>
    </message>
    <message>
        <source>accuracy floor</source>
        <translation>accuracy floor</translation>
    </message>
    <message>
        <source>total carbon limit</source>
        <translation>total carbon limit</translation>
    </message>
    <message>
        <source>energy per inference limit</source>
        <translation>energy per inference limit</translation>
    </message>
    <message>
        <source>no accuracy estimate</source>
        <translation>no accuracy estimate</translation>
    </message>
    <message>
        <source>evaluation failed</source>
        <translation>evaluation failed</translation>
    </message>
    <message>
        <source>Infeasible, violates: %1</source>
        <translation>Infeasible, violates: %1</translation>
    </message>
    <message>
        <source>on the Pareto front</source>
        <translation>on the Pareto front</translation>
    </message>
    <message>
        <source>not on the Pareto front</source>
        <translation>not on the Pareto front</translation>
    </message>
    <message>
        <source>Click a design in a plot to see its details.</source>
        <translation>Click a design in a plot to see its details.</translation>
    </message>
    <message>
        <source>The simulator refused this design, so there is nothing to break down.</source>
        <translation>The simulator refused this design, so there is nothing to break down.</translation>
    </message>
    <message>
        <source>The new assumptions could not be scored (%1); these numbers use the previous ones.</source>
        <translation>The new assumptions could not be scored (%1); these numbers use the previous ones.</translation>
    </message>
    <message>
        <source>Re-scored under the new assumptions; feasibility and front membership follow when the explorer re-scores its designs.</source>
        <translation>Re-scored under the new assumptions; feasibility and front membership follow when the explorer re-scores its designs.</translation>
    </message>
    <message>
        <source>Re-simulation failed: %1</source>
        <translation>Re-simulation failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>Re-simulated with per-operator detail on the serial schedule the search uses (tensor and vector work do not overlap): %n operators, longest first; their latencies add up to %1 ms.</source>
        <translation>
            <numerusform>Re-simulated with per-operator detail on the serial schedule the search uses (tensor and vector work do not overlap): %n operator, longest first; their latencies add up to %1 ms.</numerusform>
            <numerusform>Re-simulated with per-operator detail on the serial schedule the search uses (tensor and vector work do not overlap): %n operators, longest first; their latencies add up to %1 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored latency is %1 ms: this design was evaluated with other simulator options (e.g. tensor/vector overlap), so the rows overlap in time.</source>
        <translation>The stored latency is %1 ms: this design was evaluated with other simulator options (e.g. tensor/vector overlap), so the rows overlap in time.</translation>
    </message>
</context>
<context>
    <name>DetailsTables</name>
    <message>
        <source> Scaled from 22 nm to %1 nm with node_scaling.json (Stillmaker &amp; Baas 2017).</source>
        <translation> Scaled from 22 nm to %1 nm with node_scaling.json (Stillmaker &amp; Baas 2017).</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Dimension of the %1 stack of model preset %2 (after pruning); the full model&apos;s dimensions are in resources/data/model_presets.json.</source>
        <translation>Dimension of the %1 stack of model preset %2 (after pruning); the full model&apos;s dimensions are in resources/data/model_presets.json.</translation>
    </message>
    <message>
        <source>%1: layers</source>
        <translation>%1: layers</translation>
    </message>
    <message>
        <source>%1: attention heads</source>
        <translation>%1: attention heads</translation>
    </message>
    <message>
        <source>%1: key/value heads</source>
        <translation>%1: key/value heads</translation>
    </message>
    <message>
        <source>%1: head width</source>
        <translation>%1: head width</translation>
    </message>
    <message>
        <source>%1: FFN width</source>
        <translation>%1: FFN width</translation>
    </message>
    <message>
        <source>%1: embedding width</source>
        <translation>%1: embedding width</translation>
    </message>
    <message>
        <source>%1: tokens</source>
        <translation>%1: tokens</translation>
    </message>
    <message>
        <source>Sequence length of one inference.</source>
        <translation>Sequence length of one inference.</translation>
    </message>
    <message>
        <source>Accelerator parameter of the design (the CATransformers edge template, generalised).</source>
        <translation>Accelerator parameter of the design (the CATransformers edge template, generalised).</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>PE array (width × depth)</source>
        <translation>PE array (width × depth)</translation>
    </message>
    <message>
        <source>PEs</source>
        <translation>PEs</translation>
    </message>
    <message>
        <source>Vector lanes per cluster</source>
        <translation>Vector lanes per cluster</translation>
    </message>
    <message>
        <source>Each cluster&apos;s vector core has as many lanes as the PE array is wide.</source>
        <translation>Each cluster&apos;s vector core has as many lanes as the PE array is wide.</translation>
    </message>
    <message>
        <source>L2 per cluster (tensor and vector core each)</source>
        <translation>L2 per cluster (tensor and vector core each)</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <source>L2 bandwidth per cluster</source>
        <translation>L2 bandwidth per cluster</translation>
    </message>
    <message>
        <source>words/cycle</source>
        <translation>words/cycle</translation>
    </message>
    <message>
        <source>Global buffer (GLB)</source>
        <translation>Global buffer (GLB)</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>GLB bandwidth</source>
        <translation>GLB bandwidth</translation>
    </message>
    <message>
        <source>DRAM bandwidth</source>
        <translation>DRAM bandwidth</translation>
    </message>
    <message>
        <source>%1 words/cycle × %2 B/word × %3 MHz = %4 GB/s.</source>
        <translation>%1 words/cycle × %2 B/word × %3 MHz = %4 GB/s.</translation>
    </message>
    <message>
        <source>Clock frequency</source>
        <translation>Clock frequency</translation>
    </message>
    <message>
        <source>MHz</source>
        <translation>MHz</translation>
    </message>
    <message>
        <source>Technology node</source>
        <translation>Technology node</translation>
    </message>
    <message>
        <source>Area, energy and leakage are tabulated at 22 nm (technology_22nm.json) and scaled with node_scaling.json.</source>
        <translation>Area, energy and leakage are tabulated at 22 nm (technology_22nm.json) and scaled with node_scaling.json.</translation>
    </message>
    <message>
        <source>nm</source>
        <translation>nm</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precision</translation>
    </message>
    <message>
        <source>Word size of weights and activations; wider MACs and register files are scaled with technology_22nm.json precision_scaling.</source>
        <translation>Word size of weights and activations; wider MACs and register files are scaled with technology_22nm.json precision_scaling.</translation>
    </message>
    <message>
        <source>bits</source>
        <translation>bits</translation>
    </message>
    <message>
        <source>DRAM type</source>
        <translation>DRAM type</translation>
    </message>
    <message>
        <source>Access energy per bit from resources/data/dram_types.json.</source>
        <translation>Access energy per bit from resources/data/dram_types.json.</translation>
    </message>
    <message>
        <source>DRAM capacity</source>
        <translation>DRAM capacity</translation>
    </message>
    <message>
        <source>sized from the weights</source>
        <translation>sized from the weights</translation>
    </message>
    <message>
        <source>0 = the carbon engine rounds the model&apos;s weights up to real DRAM parts.</source>
        <translation>0 = the carbon engine rounds the model&apos;s weights up to real DRAM parts.</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Accuracy band</source>
        <translation>Accuracy band</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latency</translation>
    </message>
    <message>
        <source>Analytic simulator, serial schedule: Σ over operators of cycles × count / frequency (see the Latency tab).</source>
        <translation>Analytic simulator, serial schedule: Σ over operators of cycles × count / frequency (see the Latency tab).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Energy per inference</source>
        <translation>Energy per inference</translation>
    </message>
    <message>
        <source>Dynamic energy (accesses × per-access energy, technology_22nm.json and dram_types.json) + leakage power × latency (see the Energy tab).</source>
        <translation>Dynamic energy (accesses × per-access energy, technology_22nm.json and dram_types.json) + leakage power × latency (see the Energy tab).</translation>
    </message>
    <message>
        <source>mJ</source>
        <translation>mJ</translation>
    </message>
    <message>
        <source>Chip area</source>
        <translation>Chip area</translation>
    </message>
    <message>
        <source>mm²</source>
        <translation>mm²</translation>
    </message>
    <message>
        <source>Peak throughput</source>
        <translation>Peak throughput</translation>
    </message>
    <message>
        <source>clusters × PE width × PE depth × 2 × frequency (reference definition; vector cores not counted).</source>
        <translation>clusters × PE width × PE depth × 2 × frequency (reference definition; vector cores not counted).</translation>
    </message>
    <message>
        <source>TOPS</source>
        <translation>TOPS</translation>
    </message>
    <message>
        <source>Embodied carbon</source>
        <translation>Embodied carbon</translation>
    </message>
    <message>
        <source>ACT model: area × CPA(node, fab) / yield + DRAM GB × CPS / yield + packaging; act_nodes.json (ACT, Gupta et al., ISCA 2022).</source>
        <translation>ACT model: area × CPA(node, fab) / yield + DRAM GB × CPS / yield + packaging; act_nodes.json (ACT, Gupta et al., ISCA 2022).</translation>
    </message>
    <message>
        <source>kg CO₂e</source>
        <translation>kg CO₂e</translation>
    </message>
    <message>
        <source>Embodied P5 – P95</source>
        <translation>Embodied P5 – P95</translation>
    </message>
    <message>
        <source>Monte Carlo band over EPA, GPA, fab intensity, CPS and yield spreads (CarbonDSE assumptions documented in act_nodes.json, fab_locations.json, dram_embodied.json).</source>
        <translation>Monte Carlo band over EPA, GPA, fab intensity, CPS and yield spreads (CarbonDSE assumptions documented in act_nodes.json, fab_locations.json, dram_embodied.json).</translation>
    </message>
    <message>
        <source>Operational carbon</source>
        <translation>Operational carbon</translation>
    </message>
    <message>
        <source>Energy per inference × inferences over the lifetime × grid intensity, plus idle leakage while powered on.</source>
        <translation>Energy per inference × inferences over the lifetime × grid intensity, plus idle leakage while powered on.</translation>
    </message>
    <message>
        <source>Total carbon</source>
        <translation>Total carbon</translation>
    </message>
    <message>
        <source>Embodied + operational.</source>
        <translation>Embodied + operational.</translation>
    </message>
    <message>
        <source>Embodied share</source>
        <translation>Embodied share</translation>
    </message>
    <message>
        <source>Embodied / total.</source>
        <translation>Embodied / total.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Area (mm²)</source>
        <translation>Area (mm²)</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <source>Tensor PEs</source>
        <translation>Tensor PEs</translation>
    </message>
    <message>
        <source>Vector lanes</source>
        <translation>Vector lanes</translation>
    </message>
    <message>
        <source>Sum of the components; the embodied carbon uses this area.</source>
        <translation>Sum of the components; the embodied carbon uses this area.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Energy per inference (mJ)</source>
        <translation>Energy per inference (mJ)</translation>
    </message>
    <message>
        <source>MAC units</source>
        <translation>MAC units</translation>
    </message>
    <message>
        <source>MACs (GEMMs) and lane operations (vector ops) × energy per operation: Accelergy integer MAC, technology_22nm.json.</source>
        <translation>MACs (GEMMs) and lane operations (vector ops) × energy per operation: Accelergy integer MAC, technology_22nm.json.</translation>
    </message>
    <message>
        <source>Register files</source>
        <translation>Register files</translation>
    </message>
    <message>
        <source>PE and lane register-file reads and writes × energy per access: Accelergy register-file model, technology_22nm.json.</source>
        <translation>PE and lane register-file reads and writes × energy per access: Accelergy register-file model, technology_22nm.json.</translation>
    </message>
    <message>
        <source>GLB word reads and writes × energy per access: CACTI via Accelergy, technology_22nm.json.</source>
        <translation>GLB word reads and writes × energy per access: CACTI via Accelergy, technology_22nm.json.</translation>
    </message>
    <message>
        <source>DRAM</source>
        <translation>DRAM</translation>
    </message>
    <message>
        <source>Bits moved off chip (weights once per inference, spills) × %1 energy per bit, resources/data/dram_types.json.</source>
        <translation>Bits moved off chip (weights once per inference, spills) × %1 energy per bit, resources/data/dram_types.json.</translation>
    </message>
    <message>
        <source>Static (leakage)</source>
        <translation>Static (leakage)</translation>
    </message>
    <message>
        <source>Leakage power %1 W × latency. Logic: Aladdin tables (Shao et al., ISCA 2014); SRAM: pA per bit; both in technology_22nm.json.</source>
        <translation>Leakage power %1 W × latency. Logic: Aladdin tables (Shao et al., ISCA 2014); SRAM: pA per bit; both in technology_22nm.json.</translation>
    </message>
    <message>
        <source>Dynamic + static energy of one inference.</source>
        <translation>Dynamic + static energy of one inference.</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latency (ms)</translation>
    </message>
    <message>
        <source>Utilisation (%)</source>
        <translation>Utilisation (%)</translation>
    </message>
    <message>
        <source>Energy (mJ)</source>
        <translation>Energy (mJ)</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>Bound</translation>
    </message>
    <message>
        <source>%1 cycles per instance × %2 instances / clock frequency. Cycles are the larger of compute and each memory level&apos;s traffic ÷ bandwidth; mapping: %3.</source>
        <translation>%1 cycles per instance × %2 instances / clock frequency. Cycles are the larger of compute and each memory level&apos;s traffic ÷ bandwidth; mapping: %3.</translation>
    </message>
    <message>
        <source>Useful MACs (%1) / (PEs × cycles).</source>
        <translation>Useful MACs (%1) / (PEs × cycles).</translation>
    </message>
    <message>
        <source>Useful lane operations / (lanes × cycles).</source>
        <translation>Useful lane operations / (lanes × cycles).</translation>
    </message>
    <message>
        <source>Dynamic energy of all instances + leakage power × this operator&apos;s latency.</source>
        <translation>Dynamic energy of all instances + leakage power × this operator&apos;s latency.</translation>
    </message>
    <message>
        <source>Instances per inference.</source>
        <translation>Instances per inference.</translation>
    </message>
    <message>
        <source>Operator latency / inference latency.</source>
        <translation>Operator latency / inference latency.</translation>
    </message>
    <message>
        <source>What limits the operator&apos;s cycles.</source>
        <translation>What limits the operator&apos;s cycles.</translation>
    </message>
    <message>
        <source>Carbon (kg CO₂e)</source>
        <translation>Carbon (kg CO₂e)</translation>
    </message>
    <message>
        <source>Share of total (%)</source>
        <translation>Share of total (%)</translation>
    </message>
    <message>
        <source> Amortised: × %1 / %2 years of hardware lifetime.</source>
        <translation> Amortised: × %1 / %2 years of hardware lifetime.</translation>
    </message>
    <message>
        <source>custom %1 g/kWh</source>
        <translation>custom %1 g/kWh</translation>
    </message>
    <message>
        <source>Embodied: chip</source>
        <translation>Embodied: chip</translation>
    </message>
    <message>
        <source>ACT: area %1 mm² × CPA(%2 nm, fab %3) / yield %4; CPA = CI_fab × EPA + GPA(%5 % abatement) + MPA. act_nodes.json (ACT, Gupta et al., ISCA 2022), fab_locations.json (ACT location table).</source>
        <translation>ACT: area %1 mm² × CPA(%2 nm, fab %3) / yield %4; CPA = CI_fab × EPA + GPA(%5 % abatement) + MPA. act_nodes.json (ACT, Gupta et al., ISCA 2022), fab_locations.json (ACT location table).</translation>
    </message>
    <message>
        <source> The node assumption overrides the design&apos;s %1 nm: the area is scaled with node_scaling.json.</source>
        <translation> The node assumption overrides the design&apos;s %1 nm: the area is scaled with node_scaling.json.</translation>
    </message>
    <message>
        <source>Embodied: DRAM</source>
        <translation>Embodied: DRAM</translation>
    </message>
    <message>
        <source>%1 GB of %2 × CPS / yield; dram_embodied.json (SK hynix data as tabulated by ACT, 2022).</source>
        <translation>%1 GB of %2 × CPS / yield; dram_embodied.json (SK hynix data as tabulated by ACT, 2022).</translation>
    </message>
    <message>
        <source>Embodied: packaging</source>
        <translation>Embodied: packaging</translation>
    </message>
    <message>
        <source>A fixed %1 kg per IC (ACT example value).</source>
        <translation>A fixed %1 kg per IC (ACT example value).</translation>
    </message>
    <message>
        <source>Not counted (packaging is off in the assumptions).</source>
        <translation>Not counted (packaging is off in the assumptions).</translation>
    </message>
    <message>
        <source>Embodied</source>
        <translation>Embodied</translation>
    </message>
    <message>
        <source>Chip + DRAM + packaging.</source>
        <translation>Chip + DRAM + packaging.</translation>
    </message>
    <message>
        <source>Monte Carlo over lognormal spreads of EPA, GPA, fab intensity and CPS and a uniform yield spread (CarbonDSE assumptions, in act_nodes.json, fab_locations.json, dram_embodied.json).</source>
        <translation>Monte Carlo over lognormal spreads of EPA, GPA, fab intensity and CPS and a uniform yield spread (CarbonDSE assumptions, in act_nodes.json, fab_locations.json, dram_embodied.json).</translation>
    </message>
    <message>
        <source>Embodied P5</source>
        <translation>Embodied P5</translation>
    </message>
    <message>
        <source>Embodied P95</source>
        <translation>Embodied P95</translation>
    </message>
    <message>
        <source>Operational: dynamic</source>
        <translation>Operational: dynamic</translation>
    </message>
    <message>
        <source>%1 mJ dynamic energy per inference × %2 inferences over %3 years × grid %4 g/kWh.</source>
        <translation>%1 mJ dynamic energy per inference × %2 inferences over %3 years × grid %4 g/kWh.</translation>
    </message>
    <message>
        <source>Operational: static</source>
        <translation>Operational: static</translation>
    </message>
    <message>
        <source>(Leakage energy during the inferences + %1 W leakage × idle powered-on time, duty cycle %2) × grid intensity; the idle part is %3 kg.</source>
        <translation>(Leakage energy during the inferences + %1 W leakage × idle powered-on time, duty cycle %2) × grid intensity; the idle part is %3 kg.</translation>
    </message>
    <message>
        <source>Not counted (static energy is off in the assumptions).</source>
        <translation>Not counted (static energy is off in the assumptions).</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Operational</translation>
    </message>
    <message>
        <source>Dynamic + static.</source>
        <translation>Dynamic + static.</translation>
    </message>
    <message>
        <source>The leakage assumption at its low and high: idle power fraction and leakage power each at its end of the range in power_gating.json (gating measurements on 65 nm silicon; the leakage tables&apos; ×3 uncertainty).</source>
        <translation>The leakage assumption at its low and high: idle power fraction and leakage power each at its end of the range in power_gating.json (gating measurements on 65 nm silicon; the leakage tables&apos; ×3 uncertainty).</translation>
    </message>
    <message>
        <source>Operational low</source>
        <translation>Operational low</translation>
    </message>
    <message>
        <source>Operational high</source>
        <translation>Operational high</translation>
    </message>
    <message>
        <source>Accuracy (%1)</source>
        <translation>Accuracy (%1)</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Accuracy</translation>
    </message>
    <message>
        <source>%1 rows × %2 columns of %3-bit partial sums: a row block that fits keeps its partial sums out of the L2.</source>
        <translation>%1 rows × %2 columns of %3-bit partial sums: a row block that fits keeps its partial sums out of the L2.</translation>
    </message>
    <message>
        <source>No accumulator buffer: partial sums go through the L2 and its bandwidth.</source>
        <translation>No accumulator buffer: partial sums go through the L2 and its bandwidth.</translation>
    </message>
    <message>
        <source>Accumulator buffer per cluster</source>
        <translation>Accumulator buffer per cluster</translation>
    </message>
    <message>
        <source>L2 SRAM and accumulators</source>
        <translation>L2 SRAM and accumulators</translation>
    </message>
    <message>
        <source>L2 and accumulator-buffer reads and writes (per the chosen mapping) × energy per access of each: CACTI via Accelergy, technology_22nm.json.</source>
        <translation>L2 and accumulator-buffer reads and writes (per the chosen mapping) × energy per access of each: CACTI via Accelergy, technology_22nm.json.</translation>
    </message>
    <message>
        <source>DRAM channels</source>
        <translation>DRAM channels</translation>
    </message>
    <message>
        <source>%1-bit %2 channels at %3 GB/s each, in %4 DRAM packages; each channel&apos;s interface (PHY and I/Os) is on the die (see the Area tab).</source>
        <translation>%1-bit %2 channels at %3 GB/s each, in %4 DRAM packages; each channel&apos;s interface (PHY and I/Os) is on the die (see the Area tab).</translation>
    </message>
    <message>
        <source>An idealised link (no DRAM channels): no interface on the die, as the reference.</source>
        <translation>An idealised link (no DRAM channels): no interface on the die, as the reference.</translation>
    </message>
    <message>
        <source>PEs + vector lanes + L2 + GLB + DRAM interface (see the Area tab).</source>
        <translation>PEs + vector lanes + L2 + GLB + DRAM interface (see the Area tab).</translation>
    </message>
    <message>
        <source>DRAM interface (PHY)</source>
        <translation>DRAM interface (PHY)</translation>
    </message>
    <message>
        <source>%1 channels × the PHY and I/Os of a %2-bit channel: McPAT&apos;s DDR PHY (1.3 mm² per 16 bits at 40 nm, its I/Os not shrinking with the node), dram_types.json.</source>
        <translation>%1 channels × the PHY and I/Os of a %2-bit channel: McPAT&apos;s DDR PHY (1.3 mm² per 16 bits at 40 nm, its I/Os not shrinking with the node), dram_types.json.</translation>
    </message>
    <message>
        <source>Supply voltage</source>
        <translation>Supply voltage</translation>
    </message>
    <message>
        <source>The voltage at which the node&apos;s gate delay allows this clock (Stillmaker &amp; Baas&apos;s low-power fit; the tables are at 0.8 V for 625 MHz): on-chip energy × %1, leakage × %2 (voltage_frequency.json).</source>
        <translation>The voltage at which the node&apos;s gate delay allows this clock (Stillmaker &amp; Baas&apos;s low-power fit; the tables are at 0.8 V for 625 MHz): on-chip energy × %1, leakage × %2 (voltage_frequency.json).</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source> Tables: technology_22nm.json (Accelergy + CACTI 22 nm, as run by CATransformers 2025; register files from Aladdin&apos;s flip-flop bit).</source>
        <translation> Tables: technology_22nm.json (Accelergy + CACTI 22 nm, as run by CATransformers 2025; register files from Aladdin&apos;s flip-flop bit).</translation>
    </message>
    <message>
        <source>%1 PEs (clusters × width × depth) × PE area (%2-bit MAC + 32-entry flip-flop register file, + one weight word with double buffering).</source>
        <translation>%1 PEs (clusters × width × depth) × PE area (%2-bit MAC + 32-entry flip-flop register file, + one weight word with double buffering).</translation>
    </message>
    <message>
        <source>%1 lanes (clusters × width) × lane area (%2-bit MAC + 12-entry flip-flop register file).</source>
        <translation>%1 lanes (clusters × width) × lane area (%2-bit MAC + 12-entry flip-flop register file).</translation>
    </message>
    <message>
        <source>Control and wiring</source>
        <translation>Control and wiring</translation>
    </message>
    <message>
        <source>Control, on-chip network, clocking and wiring: %1 % of the PEs, lanes and SRAMs above (Google TPU v1&apos;s floor plan, Jouppi et al., ISCA 2017: control and unlabelled area over buffers and compute).</source>
        <translation>Control, on-chip network, clocking and wiring: %1 % of the PEs, lanes and SRAMs above (Google TPU v1&apos;s floor plan, Jouppi et al., ISCA 2017: control and unlabelled area over buffers and compute).</translation>
    </message>
    <message>
        <source> Each SRAM is built of as many two-port 32-bit macros (banks) as its bandwidth needs: B banks take the CACTI area of one macro × B^%1, plus a crossbar.</source>
        <translation> Each SRAM is built of as many two-port 32-bit macros (banks) as its bandwidth needs: B banks take the CACTI area of one macro × B^%1, plus a crossbar.</translation>
    </message>
    <message>
        <source>%1 clusters × (tensor-core L2, at least the PE array&apos;s weight footprint, + vector-core L2 of %2 KB, %4 banks each for %5 B a cycle, + accumulator buffer of %3 KB in %6 banks); CACTI SRAM area interpolated by size.</source>
        <translation>%1 clusters × (tensor-core L2, at least the PE array&apos;s weight footprint, + vector-core L2 of %2 KB, %4 banks each for %5 B a cycle, + accumulator buffer of %3 KB in %6 banks); CACTI SRAM area interpolated by size.</translation>
    </message>
    <message>
        <source>One %1 MB SRAM of %2 banks for %3 B a cycle; CACTI SRAM area interpolated by size.</source>
        <translation>One %1 MB SRAM of %2 banks for %3 B a cycle; CACTI SRAM area interpolated by size.</translation>
    </message>
    <message>
        <source>Weight stationary (ws)</source>
        <translation>Weight stationary (ws)</translation>
    </message>
    <message>
        <source>Output stationary (os)</source>
        <translation>Output stationary (os)</translation>
    </message>
    <message>
        <source>Input stationary (is)</source>
        <translation>Input stationary (is)</translation>
    </message>
    <message>
        <source>Best per GEMM (best)</source>
        <translation>Best per GEMM (best)</translation>
    </message>
    <message>
        <source> SCALE-Sim&apos;s mappings (Samajdar et al., ISPASS 2020); the Latency tab&apos;s tooltips name each GEMM&apos;s mapping.</source>
        <translation> SCALE-Sim&apos;s mappings (Samajdar et al., ISPASS 2020); the Latency tab&apos;s tooltips name each GEMM&apos;s mapping.</translation>
    </message>
    <message>
        <source>The PEs hold a tile of weights; rows of activations stream through and partial sums leave the array once per reduction fold (the reference&apos;s array).</source>
        <translation>The PEs hold a tile of weights; rows of activations stream through and partial sums leave the array once per reduction fold (the reference&apos;s array).</translation>
    </message>
    <message>
        <source>Each PE accumulates one output; both operands stream through and no partial sum leaves the array.</source>
        <translation>Each PE accumulates one output; both operands stream through and no partial sum leaves the array.</translation>
    </message>
    <message>
        <source>The PEs hold a tile of activations; weight columns stream through.</source>
        <translation>The PEs hold a tile of activations; weight columns stream through.</translation>
    </message>
    <message>
        <source>The array supports all three stationary dataflows; each GEMM uses the fastest (then the least energy). Double buffering holds a partial sum per PE.</source>
        <translation>The array supports all three stationary dataflows; each GEMM uses the fastest (then the least energy). Double buffering holds a partial sum per PE.</translation>
    </message>
    <message>
        <source>PE array of each cluster&apos;s tensor core: %1 columns × %2 rows.</source>
        <translation>PE array of each cluster&apos;s tensor core: %1 columns × %2 rows.</translation>
    </message>
    <message>
        <source>Dataflow</source>
        <translation>Dataflow</translation>
    </message>
</context>
<context>
    <name>EvaluatorJobsModel</name>
    <message>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>queued</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <source>A command run on this computer</source>
        <translation>A command run on this computer</translation>
    </message>
    <message>
        <source>SLURM job %1</source>
        <translation>SLURM job %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The accuracy the evaluator reported</source>
        <translation>The accuracy the evaluator reported</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Elapsed</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Accuracy</translation>
    </message>
    <message>
        <source>Per encoder: layers · heads · FFN width · embedding width (each row&apos;s tooltip has the whole configuration key)</source>
        <translation>Per encoder: layers · heads · FFN width · embedding width (each row&apos;s tooltip has the whole configuration key)</translation>
    </message>
    <message>
        <source>Submitted %1; the time until the job ended</source>
        <translation>Submitted %1; the time until the job ended</translation>
    </message>
    <message>
        <source>Submitted %1; the time since, still counting</source>
        <translation>Submitted %1; the time since, still counting</translation>
    </message>
</context>
<context>
    <name>EvaluatorJobsPanel</name>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message>
        <source>No search has run yet.

When a search takes its accuracies from an external evaluator (&quot;kind&quot;: &quot;external&quot; in the scenario), its jobs are listed here: commands run on this computer, or jobs on a SLURM cluster, queued, running and done.</source>
        <translation>No search has run yet.

When a search takes its accuracies from an external evaluator (&quot;kind&quot;: &quot;external&quot; in the scenario), its jobs are listed here: commands run on this computer, or jobs on a SLURM cluster, queued, running and done.</translation>
    </message>
    <message>
        <source>This search runs no evaluator jobs: its accuracies come from the built-in estimate or a measured table, at once.

Jobs are listed here when the scenario&apos;s accuracy is an external evaluator (&quot;kind&quot;: &quot;external&quot;), run locally or on SLURM (&quot;backend&quot;: &quot;slurm&quot;).</source>
        <translation>This search runs no evaluator jobs: its accuracies come from the built-in estimate or a measured table, at once.

Jobs are listed here when the scenario&apos;s accuracy is an external evaluator (&quot;kind&quot;: &quot;external&quot;), run locally or on SLURM (&quot;backend&quot;: &quot;slurm&quot;).</translation>
    </message>
    <message>
        <source>No jobs yet. Configurations already in the evaluator&apos;s cache need none.</source>
        <translation>No jobs yet. Configurations already in the evaluator&apos;s cache need none.</translation>
    </message>
    <message numerus="yes">
        <source>The oldest %n jobs are not listed.</source>
        <translation>
            <numerusform>The oldest %n job is not listed.</numerusform>
            <numerusform>The oldest %n jobs are not listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop Search and Cancel Jobs</source>
        <translation>Stop Search and Cancel Jobs</translation>
    </message>
    <message>
        <source>Stops the search (like Search ▸ Stop). Its SLURM jobs still queued or running are cancelled and their designs stay unevaluated, so a resumed search runs them again; a command running on this computer finishes first.</source>
        <translation>Stops the search (like Search ▸ Stop). Its SLURM jobs still queued or running are cancelled and their designs stay unevaluated, so a resumed search runs them again; a command running on this computer finishes first.</translation>
    </message>
</context>
<context>
    <name>ExactReferenceSolver</name>
    <message>
        <source>The exact solve produced no archive.</source>
        <translation>The exact solve produced no archive.</translation>
    </message>
</context>
<context>
    <name>ExplorerModel</name>
    <message>
        <source>Design #%1</source>
        <translation>Design #%1</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Run %1</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
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
        <translation>Grid %1</translation>
    </message>
    <message>
        <source>lifetime %1</source>
        <translation>lifetime %1</translation>
    </message>
    <message>
        <source>%1 inferences/s</source>
        <translation>%1 inferences/s</translation>
    </message>
    <message>
        <source>powered on %1</source>
        <translation>powered on %1</translation>
    </message>
    <message>
        <source>fab %1</source>
        <translation>fab %1</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>node %1</translation>
    </message>
    <message>
        <source>accuracy: %1</source>
        <translation>accuracy: %1</translation>
    </message>
    <message>
        <source>CarbonDSE %1</source>
        <translation>CarbonDSE %1</translation>
    </message>
    <message>
        <source>measured table</source>
        <translation>measured table</translation>
    </message>
    <message>
        <source>external evaluator</source>
        <translation>external evaluator</translation>
    </message>
    <message>
        <source>built-in estimate</source>
        <translation>built-in estimate</translation>
    </message>
    <message>
        <source>A: %1; B: %2</source>
        <translation>A: %1; B: %2</translation>
    </message>
</context>
<context>
    <name>FigureExportDialog</name>
    <message>
        <source>Export Plots</source>
        <translation>Export Plots</translation>
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
        <translation>Caption with the assumptions, version and date</translation>
    </message>
    <message>
        <source>Presentation style: large text, thick lines, colour-blind-safe colours</source>
        <translation>Presentation style: large text, thick lines, colour-blind-safe colours</translation>
    </message>
    <message>
        <source>Plots:</source>
        <translation>Plots:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>Custom size:</source>
        <translation>Custom size:</translation>
    </message>
    <message>
        <source>PNG resolution:</source>
        <translation>PNG resolution:</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Choose File…</translation>
    </message>
    <message>
        <source>PNG %1 × %2 px, PDF page %3 × %4 pt.</source>
        <translation>PNG %1 × %2 px, PDF page %3 × %4 pt.</translation>
    </message>
    <message>
        <source>The caption adds to the height.</source>
        <translation>The caption adds to the height.</translation>
    </message>
</context>
<context>
    <name>FigureOptions</name>
    <message>
        <source>On-screen size</source>
        <translation>On-screen size</translation>
    </message>
    <message>
        <source>16:9 slide (1920 × 1080 px)</source>
        <translation>16:9 slide (1920 × 1080 px)</translation>
    </message>
    <message>
        <source>4:3 slide (1600 × 1200 px)</source>
        <translation>4:3 slide (1600 × 1200 px)</translation>
    </message>
    <message>
        <source>A4 page (210 × 297 mm, 180 mm wide figure)</source>
        <translation>A4 page (210 × 297 mm, 180 mm wide figure)</translation>
    </message>
    <message>
        <source>US Letter page (8.5 × 11 in)</source>
        <translation>US Letter page (8.5 × 11 in)</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Custom size</translation>
    </message>
</context>
<context>
    <name>FrontsView</name>
    <message>
        <source>Show dominated and infeasible designs</source>
        <translation>Show dominated and infeasible designs</translation>
    </message>
    <message>
        <source>A dominated design is matched or beaten on every objective by another design; an infeasible design breaks a constraint. Hide them to see the fronts alone.</source>
        <translation>A dominated design is matched or beaten on every objective by another design; an infeasible design breaks a constraint. Hide them to see the fronts alone.</translation>
    </message>
    <message>
        <source>Drag to pan, scroll to zoom, double-click to reset, click a point to select it.</source>
        <translation>Drag to pan, scroll to zoom, double-click to reset, click a point to select it.</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Grid carbon intensity</source>
        <translation>Grid carbon intensity</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Lifetime</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <source>Fab</source>
        <translation>Fab</translation>
    </message>
    <message>
        <source>Technology node</source>
        <translation>Technology node</translation>
    </message>
    <message>
        <source>the accelerator&apos;s own</source>
        <translation>the accelerator&apos;s own</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Packaging</translation>
    </message>
    <message>
        <source>not included</source>
        <translation>not included</translation>
    </message>
    <message>
        <source>latency ≤ %1 ms</source>
        <translation>latency ≤ %1 ms</translation>
    </message>
    <message>
        <source>area ≤ %1 mm²</source>
        <translation>area ≤ %1 mm²</translation>
    </message>
    <message>
        <source>peak TOPS ≤ %1</source>
        <translation>peak TOPS ≤ %1</translation>
    </message>
    <message>
        <source>accuracy ≥ %1 %</source>
        <translation>accuracy ≥ %1 %</translation>
    </message>
    <message>
        <source>total carbon ≤ %1 kg</source>
        <translation>total carbon ≤ %1 kg</translation>
    </message>
    <message>
        <source>energy ≤ %1 mJ</source>
        <translation>energy ≤ %1 mJ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>No design was selected or pinned.</source>
        <translation>No design was selected or pinned.</translation>
    </message>
    <message>
        <source>The report could not be built: %1</source>
        <translation>The report could not be built: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>No design was selected or pinned: pin the designs to compare before exporting.</source>
        <translation>No design was selected or pinned: pin the designs to compare before exporting.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Everyday equivalents are reading aids, not part of any score. Source: US EPA, Greenhouse Gas Equivalencies Calculator.</source>
        <translation>Everyday equivalents are reading aids, not part of any score. Source: US EPA, Greenhouse Gas Equivalencies Calculator.</translation>
    </message>
    <message>
        <source>CarbonDSE design review: %1</source>
        <translation>CarbonDSE design review: %1</translation>
    </message>
    <message>
        <source>Scenario: %1. Generated %2 by CarbonDSE %3.</source>
        <translation>Scenario: %1. Generated %2 by CarbonDSE %3.</translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>(version unknown)</translation>
    </message>
    <message>
        <source>Assumptions in force</source>
        <translation>Assumptions in force</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Constraints</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Chosen designs</source>
        <translation>Chosen designs</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Pareto front of the shown run</source>
        <translation>Pareto front of the shown run</translation>
    </message>
    <message>
        <source>Sweep: %1</source>
        <translation>Sweep: %1</translation>
    </message>
    <message>
        <source>A/B assumptions: %1 vs %2</source>
        <translation>A/B assumptions: %1 vs %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF writer could not start</source>
        <translation>Cannot write %1: the PDF writer could not start</translation>
    </message>
    <message>
        <source>%1 g CO₂e/kWh</source>
        <translation>%1 g CO₂e/kWh</translation>
    </message>
    <message>
        <source> (a custom value)</source>
        <translation> (a custom value)</translation>
    </message>
    <message>
        <source>a custom fab grid of %1</source>
        <translation>a custom fab grid of %1</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>%1, a fixed %2 GB per design</source>
        <translation>%1, a fixed %2 GB per design</translation>
    </message>
    <message>
        <source>%1, sized from the model weights (the smallest real part that holds them)</source>
        <translation>%1, sized from the model weights (the smallest real part that holds them)</translation>
    </message>
    <message>
        <source>no estimate</source>
        <translation>no estimate</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Breakdown</translation>
    </message>
    <message>
        <source>Area: PEs (mm²)</source>
        <translation>Area: PEs (mm²)</translation>
    </message>
    <message>
        <source>Area: vector lanes (mm²)</source>
        <translation>Area: vector lanes (mm²)</translation>
    </message>
    <message>
        <source>Area: global buffer (mm²)</source>
        <translation>Area: global buffer (mm²)</translation>
    </message>
    <message>
        <source>Latency per inference (ms)</source>
        <translation>Latency per inference (ms)</translation>
    </message>
    <message>
        <source>Energy: dynamic (mJ per inference)</source>
        <translation>Energy: dynamic (mJ per inference)</translation>
    </message>
    <message>
        <source>Energy: leakage during it (mJ)</source>
        <translation>Energy: leakage during it (mJ)</translation>
    </message>
    <message>
        <source>Embodied: chip (kg CO₂e)</source>
        <translation>Embodied: chip (kg CO₂e)</translation>
    </message>
    <message>
        <source>Embodied: DRAM (kg CO₂e)</source>
        <translation>Embodied: DRAM (kg CO₂e)</translation>
    </message>
    <message>
        <source>%1 (%2 GB)</source>
        <translation>%1 (%2 GB)</translation>
    </message>
    <message>
        <source>Embodied: packaging (kg CO₂e)</source>
        <translation>Embodied: packaging (kg CO₂e)</translation>
    </message>
    <message>
        <source>Embodied (kg CO₂e)</source>
        <translation>Embodied (kg CO₂e)</translation>
    </message>
    <message>
        <source>Operational: dynamic (kg CO₂e)</source>
        <translation>Operational: dynamic (kg CO₂e)</translation>
    </message>
    <message>
        <source>Operational: static, leakage (kg CO₂e)</source>
        <translation>Operational: static, leakage (kg CO₂e)</translation>
    </message>
    <message>
        <source>Operational (kg CO₂e)</source>
        <translation>Operational (kg CO₂e)</translation>
    </message>
    <message>
        <source>Total (kg CO₂e)</source>
        <translation>Total (kg CO₂e)</translation>
    </message>
    <message>
        <source>Total, in everyday terms</source>
        <translation>Total, in everyday terms</translation>
    </message>
    <message>
        <source>Inference rate</source>
        <translation>Inference rate</translation>
    </message>
    <message>
        <source>%1 inferences per second (%L2 over the lifetime)</source>
        <translation>%1 inferences per second (%L2 over the lifetime)</translation>
    </message>
    <message>
        <source>Duty cycle (powered on)</source>
        <translation>Duty cycle (powered on)</translation>
    </message>
    <message>
        <source>Leakage (static energy)</source>
        <translation>Leakage (static energy)</translation>
    </message>
    <message>
        <source>on: counted while powered</source>
        <translation>on: counted while powered</translation>
    </message>
    <message>
        <source>off: dynamic energy only</source>
        <translation>off: dynamic energy only</translation>
    </message>
    <message>
        <source>%1 nm for every design (override)</source>
        <translation>%1 nm for every design (override)</translation>
    </message>
    <message>
        <source>each accelerator&apos;s own</source>
        <translation>each accelerator&apos;s own</translation>
    </message>
    <message>
        <source>Fab gas abatement</source>
        <translation>Fab gas abatement</translation>
    </message>
    <message>
        <source>DRAM</source>
        <translation>DRAM</translation>
    </message>
    <message>
        <source>included, %1 kg CO₂e per chip</source>
        <translation>included, %1 kg CO₂e per chip</translation>
    </message>
    <message>
        <source>Amortisation</source>
        <translation>Amortisation</translation>
    </message>
    <message>
        <source>on: embodied carbon × lifetime / hardware lifetime of %1 years</source>
        <translation>on: embodied carbon × lifetime / hardware lifetime of %1 years</translation>
    </message>
    <message>
        <source>off: the whole embodied carbon is counted</source>
        <translation>off: the whole embodied carbon is counted</translation>
    </message>
    <message>
        <source>built-in estimate (published accuracies and pruning calibration)</source>
        <translation>built-in estimate (published accuracies and pruning calibration)</translation>
    </message>
    <message>
        <source>measured table %1, else the built-in estimate</source>
        <translation>measured table %1, else the built-in estimate</translation>
    </message>
    <message>
        <source>measured table %1</source>
        <translation>measured table %1</translation>
    </message>
    <message>
        <source>external evaluator on SLURM: %1</source>
        <translation>external evaluator on SLURM: %1</translation>
    </message>
    <message>
        <source>external evaluator: %1</source>
        <translation>external evaluator: %1</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithm</translation>
    </message>
    <message>
        <source>no search run yet (the scenario&apos;s reference designs only)</source>
        <translation>no search run yet (the scenario&apos;s reference designs only)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>%L1 evaluations</source>
        <translation>%L1 evaluations</translation>
    </message>
    <message>
        <source>the whole space</source>
        <translation>the whole space</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Designs evaluated</source>
        <translation>Designs evaluated</translation>
    </message>
    <message>
        <source>Accuracy source</source>
        <translation>Accuracy source</translation>
    </message>
    <message>
        <source>The shown run has no feasible Pareto-front design yet.</source>
        <translation>The shown run has no feasible Pareto-front design yet.</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>Accuracy (%)</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latency (ms)</translation>
    </message>
    <message>
        <source>Energy (mJ)</source>
        <translation>Energy (mJ)</translation>
    </message>
    <message>
        <source>Area (mm²)</source>
        <translation>Area (mm²)</translation>
    </message>
    <message>
        <source>The front holds %L1 designs; the %L2 with the lowest total carbon are listed.</source>
        <translation>The front holds %L1 designs; the %L2 with the lowest total carbon are listed.</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Breakdowns</translation>
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
        <translation>, at the same accuracy</translation>
    </message>
    <message>
        <source>, at %1 points lower accuracy</source>
        <translation>, at %1 points lower accuracy</translation>
    </message>
    <message>
        <source>, at %1 points higher accuracy</source>
        <translation>, at %1 points higher accuracy</translation>
    </message>
    <message>
        <source>the same as %1</source>
        <translation>the same as %1</translation>
    </message>
    <message>
        <source>%1 % less than %2</source>
        <translation>%1 % less than %2</translation>
    </message>
    <message>
        <source>km driven by an average petrol car</source>
        <translation>km driven by an average petrol car</translation>
    </message>
    <message>
        <source>smartphone charges</source>
        <translation>smartphone charges</translation>
    </message>
    <message>
        <source>years of an urban tree&apos;s uptake</source>
        <translation>years of an urban tree&apos;s uptake</translation>
    </message>
    <message>
        <source>≈ %1 %2</source>
        <translation>≈ %1 %2</translation>
    </message>
    <message>
        <source>%1 emits %2 kg CO₂e over %3 years</source>
        <translation>%1 emits %2 kg CO₂e over %3 years</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <source>It emits %1.</source>
        <translation>It emits %1.</translation>
    </message>
    <message>
        <source>Of %1&apos;s total, %2 % is embodied (making the chip, DRAM and package) and %3 % operational (electricity in use).</source>
        <translation>Of %1&apos;s total, %2 % is embodied (making the chip, DRAM and package) and %3 % operational (electricity in use).</translation>
    </message>
    <message>
        <source>operational overtakes embodied above %1</source>
        <translation>operational overtakes embodied above %1</translation>
    </message>
    <message>
        <source>crosses</source>
        <translation>crosses</translation>
    </message>
    <message>
        <source>operational above embodied over the whole range</source>
        <translation>operational above embodied over the whole range</translation>
    </message>
    <message>
        <source>embodied above operational over the whole range</source>
        <translation>embodied above operational over the whole range</translation>
    </message>
    <message>
        <source>equal everywhere</source>
        <translation>equal everywhere</translation>
    </message>
    <message>
        <source>none within the limits</source>
        <translation>none within the limits</translation>
    </message>
    <message>
        <source>Duty cycle</source>
        <translation>Duty cycle</translation>
    </message>
    <message>
        <source>%1 inferences/s</source>
        <translation>%1 inferences/s</translation>
    </message>
    <message>
        <source>%1 % powered on</source>
        <translation>%1 % powered on</translation>
    </message>
    <message>
        <source>%1 swept from %2 to %3 (%L4 values%5); every other assumption as above.</source>
        <translation>%1 swept from %2 to %3 (%L4 values%5); every other assumption as above.</translation>
    </message>
    <message>
        <source>, log-spaced</source>
        <translation>, log-spaced</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Break-even</translation>
    </message>
    <message>
        <source>The carbon-optimal design is %1 over the whole range.</source>
        <translation>The carbon-optimal design is %1 over the whole range.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Optimum changes between</source>
        <translation>Optimum changes between</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Idle power (power gating)</source>
        <translation>Idle power (power gating)</translation>
    </message>
    <message>
        <source>%1 % of the leakage while powered but idle</source>
        <translation>%1 % of the leakage while powered but idle</translation>
    </message>
    <message>
        <source>Die yield</source>
        <translation>Die yield</translation>
    </message>
    <message>
        <source>from the die area (Murphy&apos;s model, the node&apos;s defect density)</source>
        <translation>from the die area (Murphy&apos;s model, the node&apos;s defect density)</translation>
    </message>
    <message>
        <source>constant, %1</source>
        <translation>constant, %1</translation>
    </message>
    <message>
        <source>DRAM yield</source>
        <translation>DRAM yield</translation>
    </message>
    <message>
        <source>Fab location</source>
        <translation>Fab location</translation>
    </message>
    <message>
        <source>a fab at %1 g CO₂e/kWh</source>
        <translation>a fab at %1 g CO₂e/kWh</translation>
    </message>
    <message>
        <source>%1 nm</source>
        <translation>%1 nm</translation>
    </message>
    <message numerus="yes">
        <source>%1 compared over %n categories (%2); every other assumption as above.</source>
        <translation>
            <numerusform>%1 compared over %n category (%2); every other assumption as above.</numerusform>
            <numerusform>%1 compared over %n categories (%2); every other assumption as above.</numerusform>
        </translation>
    </message>
    <message>
        <source>Carbon-optimal design</source>
        <translation>Carbon-optimal design</translation>
    </message>
    <message>
        <source>Its total (kg CO₂e)</source>
        <translation>Its total (kg CO₂e)</translation>
    </message>
    <message>
        <source>%1 total (kg CO₂e)</source>
        <translation>%1 total (kg CO₂e)</translation>
    </message>
    <message>
        <source>Each accuracy names its source: estimate (the built-in formula), measured (a row of the measured table), interpolated (from that table), external (the evaluator command) or published (an unpruned checkpoint). Embodied carbon follows the ACT model (Gupta et al., ISCA 2022): chip area × carbon per area / yield, plus DRAM and packaging. Operational carbon is energy per inference × inferences × grid intensity, plus leakage while powered. Every table&apos;s source: Help ▸ About Data and Sources.</source>
        <translation>Each accuracy names its source: estimate (the built-in formula), measured (a row of the measured table), interpolated (from that table), external (the evaluator command) or published (an unpruned checkpoint). Embodied carbon follows the ACT model (Gupta et al., ISCA 2022): chip area × carbon per area / yield, plus DRAM and packaging. Operational carbon is energy per inference × inferences × grid intensity, plus leakage while powered. Every table&apos;s source: Help ▸ About Data and Sources.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Area: L2 SRAM and accumulators (mm²)</source>
        <translation>Area: L2 SRAM and accumulators (mm²)</translation>
    </message>
    <message>
        <source>Area: DRAM interface (mm²)</source>
        <translation>Area: DRAM interface (mm²)</translation>
    </message>
    <message>
        <source>Area: control and wiring (mm²)</source>
        <translation>Area: control and wiring (mm²)</translation>
    </message>
</context>
<context>
    <name>HypervolumePlot</name>
    <message>
        <source>(1 − accuracy)</source>
        <translation>(1 − accuracy)</translation>
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
        <translation>Hypervolume: no designs yet</translation>
    </message>
    <message>
        <source>Hypervolume: %1 after %2 evaluations</source>
        <translation>Hypervolume: %1 after %2 evaluations</translation>
    </message>
    <message>
        <source>Evaluations (designs)</source>
        <translation>Evaluations (designs)</translation>
    </message>
    <message>
        <source>Hypervolume</source>
        <translation>Hypervolume</translation>
    </message>
    <message>
        <source> × </source>
        <translation> × </translation>
    </message>
    <message>
        <source>Hypervolume
[%1]</source>
        <translation>Hypervolume
[%1]</translation>
    </message>
    <message>
        <source>exact front: %1</source>
        <translation>exact front: %1</translation>
    </message>
    <message>
        <source>exact front: solving… %1 %</source>
        <translation>exact front: solving… %1 %</translation>
    </message>
    <message>
        <source>exact front: evaluating its designs…</source>
        <translation>exact front: evaluating its designs…</translation>
    </message>
    <message>
        <source>Hypervolume: %1 = %2 % of exact, after %3 evaluations</source>
        <translation>Hypervolume: %1 = %2 % of exact, after %3 evaluations</translation>
    </message>
    <message>
        <source>The volume of objective space dominated by the front, measured up to the run&apos;s fixed reference point: it grows as the search finds better designs. A dashed line, when shown, is the hypervolume of the exact front, the most any search of this scenario can reach. Double-click to reset the view.</source>
        <translation>The volume of objective space dominated by the front, measured up to the run&apos;s fixed reference point: it grows as the search finds better designs. A dashed line, when shown, is the hypervolume of the exact front, the most any search of this scenario can reach. Double-click to reset the view.</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Scenario File…</source>
        <translation>Open &amp;Scenario File…</translation>
    </message>
    <message>
        <source>Start a new exploration from a scenario JSON file</source>
        <translation>Start a new exploration from a scenario JSON file</translation>
    </message>
    <message>
        <source>&amp;Built-in Scenarios</source>
        <translation>&amp;Built-in Scenarios</translation>
    </message>
    <message>
        <source>&amp;Open Session…</source>
        <translation>&amp;Open Session…</translation>
    </message>
    <message>
        <source>&amp;Save Session</source>
        <translation>&amp;Save Session</translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation>Save Session &amp;As…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>All Designs as &amp;CSV…</source>
        <translation>All Designs as &amp;CSV…</translation>
    </message>
    <message>
        <source>All Designs as &amp;JSON…</source>
        <translation>All Designs as &amp;JSON…</translation>
    </message>
    <message>
        <source>Pareto Front as C&amp;SV…</source>
        <translation>Pareto Front as C&amp;SV…</translation>
    </message>
    <message>
        <source>Pareto Front as J&amp;SON…</source>
        <translation>Pareto Front as J&amp;SON…</translation>
    </message>
    <message>
        <source>&amp;Plots as PNG, SVG or PDF…</source>
        <translation>&amp;Plots as PNG, SVG or PDF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Pause / Resume</source>
        <translation>&amp;Pause / Resume</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>&amp;Designs</source>
        <translation>&amp;Designs</translation>
    </message>
    <message>
        <source>Select the Lowest-&amp;Carbon Design</source>
        <translation>Select the Lowest-&amp;Carbon Design</translation>
    </message>
    <message>
        <source>Select the &amp;Fastest Design</source>
        <translation>Select the &amp;Fastest Design</translation>
    </message>
    <message>
        <source>Select the Most &amp;Accurate Design</source>
        <translation>Select the Most &amp;Accurate Design</translation>
    </message>
    <message>
        <source>&amp;Pin Selected Design for Comparison</source>
        <translation>&amp;Pin Selected Design for Comparison</translation>
    </message>
    <message>
        <source>C&amp;lear Pinned Designs</source>
        <translation>C&amp;lear Pinned Designs</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Show &amp;Dominated and Infeasible Designs</source>
        <translation>Show &amp;Dominated and Infeasible Designs</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Reset Layout</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About CarbonDSE</source>
        <translation>&amp;About CarbonDSE</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Lock Axes</source>
        <translation>&amp;Lock Axes</translation>
    </message>
    <message>
        <source>Keep the fronts&apos; axes where they are while designs arrive, so a moving front is seen moving. A search locks them by itself after its first second, until it ends.</source>
        <translation>Keep the fronts&apos; axes where they are while designs arrive, so a moving front is seen moving. A search locks them by itself after its first second, until it ends.</translation>
    </message>
    <message>
        <source>About &amp;Data and Sources…</source>
        <translation>About &amp;Data and Sources…</translation>
    </message>
    <message>
        <source>Every data table, the source of each entry, and the bibliography</source>
        <translation>Every data table, the source of each entry, and the bibliography</translation>
    </message>
    <message>
        <source>&amp;Report (HTML or PDF)…</source>
        <translation>&amp;Report (HTML or PDF)…</translation>
    </message>
    <message>
        <source>Everyday &amp;Equivalents</source>
        <translation>Everyday &amp;Equivalents</translation>
    </message>
    <message>
        <source>Show carbon totals also as km by car, smartphone charges and tree-years (EPA averages)</source>
        <translation>Show carbon totals also as km by car, smartphone charges and tree-years (EPA averages)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot open the scenario</source>
        <translation>Cannot open the scenario</translation>
    </message>
    <message>
        <source>%1 — CarbonDSE</source>
        <translation>%1 — CarbonDSE</translation>
    </message>
    <message>
        <source>Assumption not applied: %1</source>
        <translation>Assumption not applied: %1</translation>
    </message>
    <message>
        <source>The search could not run</source>
        <translation>The search could not run</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <source>No feasible design yet: run a search first.</source>
        <translation>No feasible design yet: run a search first.</translation>
    </message>
    <message>
        <source>Select a design first (click a point).</source>
        <translation>Select a design first (click a point).</translation>
    </message>
    <message>
        <source>Already pinned, or %1 designs pinned already.</source>
        <translation>Already pinned, or %1 designs pinned already.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The translation could not be loaded.</source>
        <translation>The translation could not be loaded.</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Assumptions</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Design Details</source>
        <translation>Design Details</translation>
    </message>
    <message>
        <source>Compare Pinned Designs</source>
        <translation>Compare Pinned Designs</translation>
    </message>
    <message>
        <source>CarbonDSE</source>
        <translation>CarbonDSE</translation>
    </message>
    <message>
        <source>%L1 designs, %L2 feasible, %L3 on the Pareto front, %L4 baselines</source>
        <translation>%L1 designs, %L2 feasible, %L3 on the Pareto front, %L4 baselines</translation>
    </message>
    <message>
        <source>%1: %2 kg CO2e total, embodied %3 %, operational %4 %</source>
        <translation>%1: %2 kg CO2e total, embodied %3 %, operational %4 %</translation>
    </message>
    <message>
        <source>Search stopped; %L1 designs kept.</source>
        <translation>Search stopped; %L1 designs kept.</translation>
    </message>
    <message>
        <source>Search finished: %L1 designs.</source>
        <translation>Search finished: %L1 designs.</translation>
    </message>
    <message>
        <source>Stop the running search first.</source>
        <translation>Stop the running search first.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>Save Session</translation>
    </message>
    <message>
        <source>Cannot save the session</source>
        <translation>Cannot save the session</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Open Session</translation>
    </message>
    <message>
        <source>Cannot open the session</source>
        <translation>Cannot open the session</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Open Scenario</translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation>Scenario files (*.json)</translation>
    </message>
    <message>
        <source>About CarbonDSE</source>
        <translation>About CarbonDSE</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CarbonDSE %1&lt;/h3&gt;&lt;p&gt;Carbon-aware co-design of Transformer models and edge accelerators.&lt;/p&gt;&lt;p&gt;Total carbon = operational (energy per inference × inferences × grid intensity, plus leakage) + embodied (chip area × carbon per area after the ACT model, plus DRAM and packaging).&lt;/p&gt;&lt;p&gt;After CATransformers (2025) and ACT (ISCA 2022). Accuracy values are estimates unless measured accuracies are imported. Every model and its sources: docs/models.md.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CarbonDSE %1&lt;/h3&gt;&lt;p&gt;Carbon-aware co-design of Transformer models and edge accelerators.&lt;/p&gt;&lt;p&gt;Total carbon = operational (energy per inference × inferences × grid intensity, plus leakage) + embodied (chip area × carbon per area after the ACT model, plus DRAM and packaging).&lt;/p&gt;&lt;p&gt;After CATransformers (2025) and ACT (ISCA 2022). Accuracy values are estimates unless measured accuracies are imported. Every model and its sources: docs/models.md.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export the Pareto Front</source>
        <translation>Export the Pareto Front</translation>
    </message>
    <message>
        <source>Export All Designs</source>
        <translation>Export All Designs</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Exported %L1 designs to %2</source>
        <translation>Exported %L1 designs to %2</translation>
    </message>
    <message>
        <source>Export Plots</source>
        <translation>Export Plots</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the plots to %1</source>
        <translation>Saved the plots to %1</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Export Report</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML report (*.html)</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>Saved the report to %1</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop opening the session and keep the current one</source>
        <translation>Stop opening the session and keep the current one</translation>
    </message>
    <message>
        <source>A session file is being read or written; try again when it is done.</source>
        <translation>A session file is being read or written; try again when it is done.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Saving %1…</translation>
    </message>
    <message>
        <source>%1 was not opened: a search started meanwhile.</source>
        <translation>%1 was not opened: a search started meanwhile.</translation>
    </message>
    <message>
        <source>Opening %1 cancelled; the current session is kept.</source>
        <translation>Opening %1 cancelled; the current session is kept.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>CarbonDSE sessions (*.cdse)</source>
        <translation>CarbonDSE sessions (*.cdse)</translation>
    </message>
    <message>
        <source>CarbonDSE sessions (*.cdse *.cdse.json *.json)</source>
        <translation>CarbonDSE sessions (*.cdse *.cdse.json *.json)</translation>
    </message>
    <message>
        <source>%1 was not opened: the runs changed meanwhile.</source>
        <translation>%1 was not opened: the runs changed meanwhile.</translation>
    </message>
    <message numerus="yes">
        <source>%n pinned design(s)</source>
        <translation>
            <numerusform>%n pinned design</numerusform>
            <numerusform>%n pinned designs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opening a session replaces the %n run(s) shown here, with their designs and %1, which are not saved. Open it anyway?</source>
        <translation>
            <numerusform>Opening a session replaces the run shown here, with its designs and %1, which are not saved. Open it anyway?</numerusform>
            <numerusform>Opening a session replaces the %n runs shown here, with their designs and %1, which are not saved. Open it anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>Lowest carbon</source>
        <translation>Lowest carbon</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The exact front could not be solved: %1</source>
        <translation>The exact front could not be solved: %1</translation>
    </message>
    <message>
        <source>Sweep an Assumption</source>
        <translation>Sweep an Assumption</translation>
    </message>
    <message>
        <source>the exact universal front (%L1 designs, every design of the space accounted for)</source>
        <translation>the exact universal front (%L1 designs, every design of the space accounted for)</translation>
    </message>
    <message>
        <source>the shown run&apos;s %L1 designs</source>
        <translation>the shown run&apos;s %L1 designs</translation>
    </message>
    <message>
        <source>exact #</source>
        <translation>exact #</translation>
    </message>
    <message>
        <source>A/B Assumptions</source>
        <translation>A/B Assumptions</translation>
    </message>
    <message>
        <source>The three Pareto fronts</source>
        <translation>The three Pareto fronts</translation>
    </message>
    <message>
        <source>The sweep</source>
        <translation>The sweep</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Regime Map</source>
        <translation>Regime Map</translation>
    </message>
    <message>
        <source>The regime map</source>
        <translation>The regime map</translation>
    </message>
    <message>
        <source>The A/B comparison table</source>
        <translation>The A/B comparison table</translation>
    </message>
    <message>
        <source>Export the A/B Comparison</source>
        <translation>Export the A/B Comparison</translation>
    </message>
    <message>
        <source>Saved the A/B comparison to %1</source>
        <translation>Saved the A/B comparison to %1</translation>
    </message>
    <message>
        <source>Evaluator Jobs</source>
        <translation>Evaluator Jobs</translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <source>the PNG encoder failed</source>
        <translation>the PNG encoder failed</translation>
    </message>
    <message>
        <source>Plots exported from CarbonDSE</source>
        <translation>Plots exported from CarbonDSE</translation>
    </message>
    <message>
        <source>the SVG writer could not start</source>
        <translation>the SVG writer could not start</translation>
    </message>
    <message>
        <source>the PDF writer could not start</source>
        <translation>the PDF writer could not start</translation>
    </message>
    <message>
        <source>Could not export %1: there is no plot to export.</source>
        <translation>Could not export %1: there is no plot to export.</translation>
    </message>
    <message>
        <source>Could not export %1: unknown picture format &quot;%2&quot; (use .png, .svg or .pdf).</source>
        <translation>Could not export %1: unknown picture format &quot;%2&quot; (use .png, .svg or .pdf).</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Could not export %1: the PNG resolution must be %2 to %3 dpi and a custom size %4 to %5 px.</source>
        <translation>Could not export %1: the PNG resolution must be %2 to %3 dpi and a custom size %4 to %5 px.</translation>
    </message>
</context>
<context>
    <name>PlotQuantity</name>
    <message>
        <source>Accuracy (%)</source>
        <translation>Accuracy (%)</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latency (ms)</translation>
    </message>
    <message>
        <source>Total carbon (kg CO2e)</source>
        <translation>Total carbon (kg CO2e)</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>accuracy</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>latency</translation>
    </message>
    <message>
        <source>total carbon</source>
        <translation>total carbon</translation>
    </message>
</context>
<context>
    <name>PlotTooltip</name>
    <message>
        <source>Accuracy: no estimate</source>
        <translation>Accuracy: no estimate</translation>
    </message>
    <message>
        <source>Latency: %1 ms</source>
        <translation>Latency: %1 ms</translation>
    </message>
    <message>
        <source>Total carbon: %1 kg CO2e</source>
        <translation>Total carbon: %1 kg CO2e</translation>
    </message>
    <message>
        <source>Embodied carbon: %1 kg CO2e</source>
        <translation>Embodied carbon: %1 kg CO2e</translation>
    </message>
    <message>
        <source>Operational carbon: %1 kg CO2e</source>
        <translation>Operational carbon: %1 kg CO2e</translation>
    </message>
    <message>
        <source>Design #%1 (violates a constraint)</source>
        <translation>Design #%1 (violates a constraint)</translation>
    </message>
    <message>
        <source>Design #%1 (on the Pareto front)</source>
        <translation>Design #%1 (on the Pareto front)</translation>
    </message>
    <message>
        <source>Design #%1 (dominated)</source>
        <translation>Design #%1 (dominated)</translation>
    </message>
    <message>
        <source>Click to select it.</source>
        <translation>Click to select it.</translation>
    </message>
    <message>
        <source>Baseline design: %1</source>
        <translation>Baseline design: %1</translation>
    </message>
    <message>
        <source>Could not be evaluated: %1</source>
        <translation>Could not be evaluated: %1</translation>
    </message>
    <message>
        <source>Accuracy: %1 % (%2)</source>
        <translation>Accuracy: %1 % (%2)</translation>
    </message>
</context>
<context>
    <name>ProjectionAnnotations</name>
    <message>
        <source>minimum accuracy %1 %</source>
        <translation>minimum accuracy %1 %</translation>
    </message>
    <message>
        <source>maximum latency %1 ms</source>
        <translation>maximum latency %1 ms</translation>
    </message>
    <message>
        <source>maximum total carbon %1 kg CO2e</source>
        <translation>maximum total carbon %1 kg CO2e</translation>
    </message>
</context>
<context>
    <name>ProjectionGraphs</name>
    <message>
        <source>Pareto front</source>
        <translation>Pareto front</translation>
    </message>
    <message>
        <source>Front of this view (2-D)</source>
        <translation>Front of this view (2-D)</translation>
    </message>
    <message>
        <source>Dominated designs</source>
        <translation>Dominated designs</translation>
    </message>
    <message>
        <source>Infeasible designs</source>
        <translation>Infeasible designs</translation>
    </message>
    <message>
        <source>Baseline designs</source>
        <translation>Baseline designs</translation>
    </message>
    <message>
        <source>Selected design</source>
        <translation>Selected design</translation>
    </message>
    <message>
        <source>Pinned designs</source>
        <translation>Pinned designs</translation>
    </message>
    <message>
        <source>Exact front</source>
        <translation>Exact front</translation>
    </message>
    <message>
        <source>Measured or published accuracy</source>
        <translation>Measured or published accuracy</translation>
    </message>
</context>
<context>
    <name>ProjectionPlot</name>
    <message>
        <source>Accuracy vs total carbon (colour: latency)</source>
        <translation>Accuracy vs total carbon (colour: latency)</translation>
    </message>
    <message>
        <source>Latency vs total carbon (colour: accuracy)</source>
        <translation>Latency vs total carbon (colour: accuracy)</translation>
    </message>
    <message>
        <source>Accuracy vs latency (colour: total carbon)</source>
        <translation>Accuracy vs latency (colour: total carbon)</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;%1  %2</source>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Clear the list</translation>
    </message>
</context>
<context>
    <name>RegimePanel</name>
    <message>
        <source>Run a search or solve the exact front: the map shows which of its designs is optimal where.</source>
        <translation>Run a search or solve the exact front: the map shows which of its designs is optimal where.</translation>
    </message>
    <message>
        <source>Choose two different assumptions.</source>
        <translation>Choose two different assumptions.</translation>
    </message>
    <message>
        <source>A log scale needs a first value above 0.</source>
        <translation>A log scale needs a first value above 0.</translation>
    </message>
    <message>
        <source>The last value must be above the first.</source>
        <translation>The last value must be above the first.</translation>
    </message>
    <message>
        <source>Refining the map…</source>
        <translation>Refining the map…</translation>
    </message>
    <message numerus="yes">
        <source>Optimum among %1, within the limits; %n design(s) optimal somewhere. Other assumptions as set on the left.</source>
        <translation>
            <numerusform>Optimum among %1, within the limits; %n design optimal somewhere. Other assumptions as set on the left.</numerusform>
            <numerusform>Optimum among %1, within the limits; %n designs optimal somewhere. Other assumptions as set on the left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Across:</source>
        <translation>Across:</translation>
    </message>
    <message>
        <source>Up:</source>
        <translation>Up:</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>Colour by:</translation>
    </message>
    <message>
        <source>Carbon-optimal design</source>
        <translation>Carbon-optimal design</translation>
    </message>
    <message>
        <source>Embodied share of its carbon</source>
        <translation>Embodied share of its carbon</translation>
    </message>
    <message>
        <source>Each cell: the design with the lowest total carbon there, or how much of that design&apos;s carbon is embodied. The black line is the break-even, where its operational carbon equals its embodied carbon.</source>
        <translation>Each cell: the design with the lowest total carbon there, or how much of that design&apos;s carbon is embodied. The black line is the break-even, where its operational carbon equals its embodied carbon.</translation>
    </message>
</context>
<context>
    <name>RegimePlot</name>
    <message>
        <source>Nothing to map</source>
        <translation>Nothing to map</translation>
    </message>
    <message>
        <source>Embodied share of the optimum&apos;s carbon</source>
        <translation>Embodied share of the optimum&apos;s carbon</translation>
    </message>
    <message numerus="yes">
        <source>%n other design(s)</source>
        <translation>
            <numerusform>%n other design</numerusform>
            <numerusform>%n other designs</numerusform>
        </translation>
    </message>
    <message>
        <source>As set now</source>
        <translation>As set now</translation>
    </message>
    <message>
        <source>Break-even: operational = embodied</source>
        <translation>Break-even: operational = embodied</translation>
    </message>
</context>
<context>
    <name>RunListPanel</name>
    <message>
        <source>%1 g/kWh, %2 y, %3/s</source>
        <translation>%1 g/kWh, %2 y, %3/s</translation>
    </message>
    <message>
        <source>, latency ≤ %1 ms</source>
        <translation>, latency ≤ %1 ms</translation>
    </message>
    <message>
        <source>, accuracy ≥ %1 %</source>
        <translation>, accuracy ≥ %1 %</translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>Delete Run</translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %n pinned design(s). Delete the run and unpin them?</source>
        <translation>
            <numerusform>“%1” holds %n pinned design. Delete the run and unpin it?</numerusform>
            <numerusform>“%1” holds %n pinned designs. Delete the run and unpin them?</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 (%2 pinned)</source>
        <translation>%L1 (%2 pinned)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Designs</source>
        <translation>Designs</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithm</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Assumptions at start</source>
        <translation>Assumptions at start</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Rename the chosen run (or double-click its name)</source>
        <translation>Rename the chosen run (or double-click its name)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Delete the chosen run and its designs from this session</source>
        <translation>Delete the chosen run and its designs from this session</translation>
    </message>
</context>
<context>
    <name>SearchAlgorithm</name>
    <message>
        <source>Bayesian optimisation</source>
        <translation>Bayesian optimisation</translation>
    </message>
    <message>
        <source>Gaussian-process models choose each batch by expected hypervolume improvement; for slow evaluations and small budgets.</source>
        <translation>Gaussian-process models choose each batch by expected hypervolume improvement; for slow evaluations and small budgets.</translation>
    </message>
    <message>
        <source>Exhaustive</source>
        <translation>Exhaustive</translation>
    </message>
    <message>
        <source>Every design once, in order; for spaces of up to a few million designs.</source>
        <translation>Every design once, in order; for spaces of up to a few million designs.</translation>
    </message>
    <message>
        <source>NSGA-II</source>
        <translation>NSGA-II</translation>
    </message>
    <message>
        <source>Evolutionary multi-objective search (Deb et al., 2002); the default for large spaces.</source>
        <translation>Evolutionary multi-objective search (Deb et al., 2002); the default for large spaces.</translation>
    </message>
    <message>
        <source>Random sampling</source>
        <translation>Random sampling</translation>
    </message>
    <message>
        <source>Uniform random designs, never the same one twice; the baseline to beat.</source>
        <translation>Uniform random designs, never the same one twice; the baseline to beat.</translation>
    </message>
    <message>
        <source>Sobol sampling</source>
        <translation>Sobol sampling</translation>
    </message>
    <message>
        <source>Quasi-random designs that cover the space more evenly than random ones.</source>
        <translation>Quasi-random designs that cover the space more evenly than random ones.</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exact</translation>
    </message>
    <message>
        <source>The whole space solved exactly, every design accounted for; the front stays exact when the carbon sliders move. Needs the built-in accuracy estimate.</source>
        <translation>The whole space solved exactly, every design accounted for; the front stays exact when the carbon sliders move. Needs the built-in accuracy estimate.</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Unknown search algorithm &quot;%1&quot;.</source>
        <translation>Unknown search algorithm &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Carbon: accuracy vs total carbon</source>
        <translation>Carbon: accuracy vs total carbon</translation>
    </message>
    <message>
        <source>Latency: accuracy vs latency</source>
        <translation>Latency: accuracy vs latency</translation>
    </message>
    <message>
        <source>Energy: accuracy vs lifetime energy</source>
        <translation>Energy: accuracy vs lifetime energy</translation>
    </message>
    <message>
        <source>All: accuracy, latency and total carbon</source>
        <translation>All: accuracy, latency and total carbon</translation>
    </message>
    <message>
        <source>Hardware only: latency and total carbon, model fixed</source>
        <translation>Hardware only: latency and total carbon, model fixed</translation>
    </message>
    <message>
        <source>Model only: accuracy vs energy, hardware fixed</source>
        <translation>Model only: accuracy vs energy, hardware fixed</translation>
    </message>
    <message>
        <source>Custom objectives (from the scenario file)</source>
        <translation>Custom objectives (from the scenario file)</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithm</translation>
    </message>
    <message>
        <source>Budget (designs)</source>
        <translation>Budget (designs)</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Which objectives the search optimises; the plots always show accuracy, latency and total carbon.</source>
        <translation>Which objectives the search optimises; the plots always show accuracy, latency and total carbon.</translation>
    </message>
    <message>
        <source>How many distinct designs the search evaluates.</source>
        <translation>How many distinct designs the search evaluates.</translation>
    </message>
    <message>
        <source>Worker threads; the same seed gives the same designs whatever the thread count.</source>
        <translation>Worker threads; the same seed gives the same designs whatever the thread count.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start a search in the background (F5)</source>
        <translation>Start a search in the background (F5)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume the running search (F6)</source>
        <translation>Pause or resume the running search (F6)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop the search; every design evaluated so far is kept (Shift+F5)</source>
        <translation>Stop the search; every design evaluated so far is kept (Shift+F5)</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source>Evaluations: %L1 of %L2</source>
        <translation>Evaluations: %L1 of %L2</translation>
    </message>
    <message>
        <source>Feasible: %L1 (failed: %L2)</source>
        <translation>Feasible: %L1 (failed: %L2)</translation>
    </message>
    <message>
        <source>%L1 evaluations/s, %2 s elapsed</source>
        <translation>%L1 evaluations/s, %2 s elapsed</translation>
    </message>
    <message>
        <source>it pairs at most two stacks (a text and a vision encoder).</source>
        <translation>it pairs at most two stacks (a text and a vision encoder).</translation>
    </message>
    <message>
        <source>a node override on a searched accelerator is not supported yet (it rescales on-chip and DRAM energy differently).</source>
        <translation>a node override on a searched accelerator is not supported yet (it rescales on-chip and DRAM energy differently).</translation>
    </message>
    <message>
        <source>it needs the built-in accuracy estimate, whose error is one factor per encoder; a measured table or an external evaluator is not separable.</source>
        <translation>it needs the built-in accuracy estimate, whose error is one factor per encoder; a measured table or an external evaluator is not separable.</translation>
    </message>
    <message>
        <source>the built-in estimate has no accuracy for pruned models of this preset, only for its published shape.</source>
        <translation>the built-in estimate has no accuracy for pruned models of this preset, only for its published shape.</translation>
    </message>
    <message>
        <source>Not available for this scenario: %1</source>
        <translation>Not available for this scenario: %1</translation>
    </message>
    <message>
        <source>Solving the whole space exactly: %1 % of accelerators</source>
        <translation>Solving the whole space exactly: %1 % of accelerators</translation>
    </message>
    <message>
        <source>%1 s elapsed</source>
        <translation>%1 s elapsed</translation>
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
        <translation>%1 years</translation>
    </message>
    <message>
        <source>%1 inferences/s</source>
        <translation>%1 inferences/s</translation>
    </message>
    <message>
        <source>duty %1 %</source>
        <translation>duty %1 %</translation>
    </message>
    <message>
        <source>no leakage</source>
        <translation>no leakage</translation>
    </message>
    <message>
        <source>fab %1 g/kWh</source>
        <translation>fab %1 g/kWh</translation>
    </message>
    <message>
        <source>fab %1</source>
        <translation>fab %1</translation>
    </message>
    <message>
        <source>own node</source>
        <translation>own node</translation>
    </message>
    <message>
        <source>%1 nm</source>
        <translation>%1 nm</translation>
    </message>
    <message>
        <source>gas abatement %1 %</source>
        <translation>gas abatement %1 %</translation>
    </message>
    <message>
        <source>yield %1 %</source>
        <translation>yield %1 %</translation>
    </message>
    <message>
        <source>%1, %2 GB</source>
        <translation>%1, %2 GB</translation>
    </message>
    <message>
        <source>%1 sized from the weights</source>
        <translation>%1 sized from the weights</translation>
    </message>
    <message>
        <source>packaging %1 kg</source>
        <translation>packaging %1 kg</translation>
    </message>
    <message>
        <source>no packaging</source>
        <translation>no packaging</translation>
    </message>
    <message>
        <source>amortised over %1 years</source>
        <translation>amortised over %1 years</translation>
    </message>
    <message>
        <source>not amortised</source>
        <translation>not amortised</translation>
    </message>
    <message>
        <source>idle power %1 %</source>
        <translation>idle power %1 %</translation>
    </message>
    <message>
        <source>die yield from area, DRAM %1</source>
        <translation>die yield from area, DRAM %1</translation>
    </message>
</context>
<context>
    <name>SweepPanel</name>
    <message>
        <source>A log scale needs a first value above 0.</source>
        <translation>A log scale needs a first value above 0.</translation>
    </message>
    <message>
        <source>The last value must be above the first.</source>
        <translation>The last value must be above the first.</translation>
    </message>
    <message>
        <source>Pin designs or run a search to see how their carbon changes.</source>
        <translation>Pin designs or run a search to see how their carbon changes.</translation>
    </message>
    <message>
        <source>Carbon-optimal design</source>
        <translation>Carbon-optimal design</translation>
    </message>
    <message>
        <source>Optimum among %1, within the limits. Other assumptions as set on the left.</source>
        <translation>Optimum among %1, within the limits. Other assumptions as set on the left.</translation>
    </message>
    <message>
        <source>No candidates for the optimum yet. Other assumptions as set on the left.</source>
        <translation>No candidates for the optimum yet. Other assumptions as set on the left.</translation>
    </message>
    <message>
        <source>Sweep:</source>
        <translation>Sweep:</translation>
    </message>
    <message>
        <source>Break-even: where a design&apos;s operational carbon equals its embodied carbon.</source>
        <translation>Break-even: where a design&apos;s operational carbon equals its embodied carbon.</translation>
    </message>
    <message>
        <source>Each node rescales these designs; a search at that node could find others.</source>
        <translation>Each node rescales these designs; a search at that node could find others.</translation>
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
        <translation>%1 years</translation>
    </message>
    <message>
        <source>%1 /s</source>
        <translation>%1 /s</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Nothing to sweep</source>
        <translation>Nothing to sweep</translation>
    </message>
    <message>
        <source>%1: total</source>
        <translation>%1: total</translation>
    </message>
    <message>
        <source>%1: embodied</source>
        <translation>%1: embodied</translation>
    </message>
    <message>
        <source>%1 break-even: %2</source>
        <translation>%1 break-even: %2</translation>
    </message>
    <message>
        <source> now</source>
        <translation> now</translation>
    </message>
    <message>
        <source>Carbon per chip (kg CO₂e)</source>
        <translation>Carbon per chip (kg CO₂e)</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1 (now)</translation>
    </message>
    <message>
        <source>%1: operational</source>
        <translation>%1: operational</translation>
    </message>
</context>
<context>
    <name>SweepRangeEditor</name>
    <message>
        <source>Grid carbon intensity</source>
        <translation>Grid carbon intensity</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Lifetime</translation>
    </message>
    <message>
        <source>Inference rate</source>
        <translation>Inference rate</translation>
    </message>
    <message>
        <source>Duty cycle</source>
        <translation>Duty cycle</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Log scale</translation>
    </message>
    <message>
        <source>Space the values geometrically (grid intensities and rates span orders of magnitude).</source>
        <translation>Space the values geometrically (grid intensities and rates span orders of magnitude).</translation>
    </message>
    <message>
        <source>The assumption to vary; the others stay as set in the Assumptions panel.</source>
        <translation>The assumption to vary; the others stay as set in the Assumptions panel.</translation>
    </message>
    <message>
        <source>Grid carbon intensity (g CO₂e/kWh)</source>
        <translation>Grid carbon intensity (g CO₂e/kWh)</translation>
    </message>
    <message>
        <source>Lifetime (years)</source>
        <translation>Lifetime (years)</translation>
    </message>
    <message>
        <source>Inference rate (1/s)</source>
        <translation>Inference rate (1/s)</translation>
    </message>
    <message>
        <source>Duty cycle (fraction powered)</source>
        <translation>Duty cycle (fraction powered)</translation>
    </message>
    <message numerus="yes">
        <source>All %n categories</source>
        <translation>
            <numerusform>All %n category</numerusform>
            <numerusform>All %n categories</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 categories</source>
        <translation>%1 of %2 categories</translation>
    </message>
    <message>
        <source>Fab location</source>
        <translation>Fab location</translation>
    </message>
    <message>
        <source>Technology node</source>
        <translation>Technology node</translation>
    </message>
    <message>
        <source>The categories to compare, each with every other assumption as set.</source>
        <translation>The categories to compare, each with every other assumption as set.</translation>
    </message>
</context>
</TS>
