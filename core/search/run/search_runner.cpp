#include "core/search/run/search_runner.h"
#include "core/threads/thread_priority.h"

#include <cstdint>
#include <exception>
#include <future>
#include <unordered_map>
#include <unordered_set>

#include "core/accuracy/accuracy_source_factory.h"
#include "core/accuracy/evaluation_cancelled.h"
#include "core/io/input_error.h"
#include "core/search/algorithms/algorithm_factory.h"
#include "core/search/algorithms/algorithm_registry.h"
#include "core/search/exact/exact_refusal.h"
#include "core/search/exact/exact_solver.h"
#include "core/evaluation/design_evaluator.h"
#include "core/search/genome/genome_key.h"
#include "core/search/archive/journal.h"
#include "core/search/run/reference_designs.h"
#include "core/workload/model_config_json.h"

namespace cdse {

namespace {

constexpr std::size_t k_default_batch = 16;
constexpr std::size_t k_max_trace_samples = 512;
// An algorithm that proposes only already-archived designs this many batches in a row is done.
constexpr int k_max_batches_without_news = 50;

nlohmann::json comparable_scenario(nlohmann::json j)
{
  // A resumed run may raise its budget; everything else must be the same scenario.
  if (j.contains("search"))
    j["search"].erase("budget");
  return j;
}

}   // namespace

const char* to_string(SearchState state)
{
  switch (state) {
    case SearchState::Starting: return "starting";
    case SearchState::Running: return "running";
    case SearchState::Paused: return "paused";
    case SearchState::Finished: return "finished";
    case SearchState::Cancelled: return "cancelled";
    case SearchState::Failed: return "failed";
  }
  return "unknown";
}

SearchRunner::SearchRunner(Scenario scenario, SearchRunOptions options)
    : scenario_(std::move(scenario)), options_(std::move(options))
{
  space_ = scenario_.space();
  budget_ = scenario_.effective_budget();
  if (require_algorithm(scenario_.algorithm.name, "search.algorithm").exact_solver)
    if (const auto reason = exact_refusal(scenario_))
      throw InputError("search.algorithm", "exact: " + *reason);
  if (!options_.make_evaluator)
    accuracy_ = make_accuracy_source(scenario_.accuracy, "accuracy", scenario_.base_dir);
  const int requested_batch = options_.batch_size > 0 ? options_.batch_size : scenario_.batch_size;
  // 0: the algorithm's preference, which may depend on the budget (decided with the context).
  batch_size_ = requested_batch > 0 ? static_cast<std::size_t>(requested_batch) : 0;
  if (options_.resume) {
    if (options_.journal_path.empty())
      throw InputError("--resume", "resuming needs the journal to continue");
    JournalContents contents = read_journal(options_.journal_path);
    const auto* header_scenario = json::find(contents.header, "scenario");
    // Compared as re-written by this version, so a journal whose header spells a value the older
    // way (a placeholder -1 where null is written now) still resumes.
    if (!header_scenario || comparable_scenario(to_json(parse_scenario(*header_scenario, options_.journal_path))) !=
                                comparable_scenario(to_json(scenario_)))
      throw InputError(options_.journal_path, "the journal was written by a different scenario (or mode, algorithm, "
                                              "seed, carbon settings); resume it with the scenario in its header");
    anchors_ = journal_anchors(contents.header);
    if (const auto* b = json::find(contents.header, "baselines"))
      baselines_ = baselines_from_json(*b, "header.baselines");
    resume_records_ = std::move(contents.records);
    resume_header_ = std::move(contents.header);
    resume_valid_bytes_ = contents.valid_bytes;
    for (auto& w : contents.warnings)
      warnings_.push_back(options_.journal_path + ": " + w);
  }
  progress_.budget = budget_;
}

SearchRunner::~SearchRunner()
{
  cancel();
  wait();
}

EvaluationPool::EvaluateFunction SearchRunner::default_evaluator() const
{
  auto evaluator = std::make_shared<DesignEvaluator>(accuracy_);
  return [evaluator](const Design& design) { return evaluator->evaluate(design); };
}

void SearchRunner::start()
{
  if (coordinator_.joinable() || finished_)
    return;
  started_at_ = std::chrono::steady_clock::now();
  coordinator_ = std::thread([this] { coordinate(); });
}

void SearchRunner::wait()
{
  if (coordinator_.joinable())
    coordinator_.join();
}

void SearchRunner::run()
{
  start();
  wait();
}

void SearchRunner::cancel()
{
  cancel_ = true;
  // Remote jobs (SLURM) would otherwise keep the workers waiting for hours.
  if (accuracy_)
    accuracy_->cancel_pending();
  std::lock_guard lock(pool_mutex_);
  if (pool_)
    pool_->wake();
}

void SearchRunner::pause()
{
  paused_ = true;
  std::lock_guard lock(pool_mutex_);
  if (pool_)
    pool_->set_paused(true);
}

void SearchRunner::resume()
{
  paused_ = false;
  std::lock_guard lock(pool_mutex_);
  if (pool_)
    pool_->set_paused(false);
}

SearchProgress SearchRunner::latest_progress() const
{
  std::lock_guard lock(progress_mutex_);
  return progress_;
}

const Archive& SearchRunner::archive() const
{
  if (!archive_)
    throw std::logic_error("SearchRunner::archive: the run has not started");
  return *archive_;
}

nlohmann::json SearchRunner::result_json() const
{
  nlohmann::json j = search_result_json(scenario_, space_, archive(), baselines_, warnings_);
  if (exact_) {
    // Every design of the space is accounted for; the archive holds the universal front.
    j["evaluations"] = exact_->designs_covered;
    j["exact"] = {{"designs_covered", exact_->designs_covered},
                  {"universal_front", archive().size()},
                  {"coordinates", exact_->coordinates},
                  {"accelerators", exact_->accelerators},
                  {"accelerators_within_limits", exact_->accelerators_within},
                  {"accelerators_solved", exact_->accelerators_solved},
                  {"accelerators_dominated", exact_->accelerators_dominated},
                  {"per_accelerator_candidates", exact_->candidates},
                  {"seconds", {{"tables", exact_->tables_s}, {"pairs", exact_->pairs_s}, {"merge", exact_->merge_s}}}};
  }
  return j;
}

void SearchRunner::prepare_reference_designs(const EvaluationPool::EvaluateFunction& evaluate)
{
  if (resume_header_)
    return;   // anchors and baselines come from the journal, so the reference point is unchanged
  ReferenceDesigns reference = evaluate_reference_designs(scenario_, space_, evaluate);
  anchors_ = std::move(reference.anchors);
  baselines_ = std::move(reference.baselines);
  warnings_.insert(warnings_.end(), reference.warnings.begin(), reference.warnings.end());
}

void SearchRunner::publish(SearchState state, std::size_t in_flight_done, bool force)
{
  const auto now = std::chrono::steady_clock::now();
  if (!force && now - last_publish_ < options_.progress_interval)
    return;
  last_publish_ = now;
  SearchProgress p;
  p.state = state;
  p.budget = budget_;
  p.in_flight_done = static_cast<std::int64_t>(in_flight_done);
  p.elapsed_s = std::chrono::duration<double>(now - started_at_).count();
  p.resumed = resumed_count_;
  {
    std::lock_guard lock(progress_mutex_);
    p.phase = progress_.phase;
    p.solve_fraction = progress_.solve_fraction;
  }
  if (archive_) {
    const Archive& a = *archive_;
    p.evaluations = static_cast<std::int64_t>(a.size());
    p.feasible = static_cast<std::int64_t>(a.feasible_count());
    for (std::size_t i = 0; i < a.size(); ++i)
      p.failed += a.record(i).failed ? 1 : 0;
    p.hypervolume = a.hypervolume();
    const auto& objectives = a.objective_list();
    for (std::size_t k = 0; k < objectives.size(); ++k)
      p.reference_point.push_back(reported_value(objectives[k], a.reference_point()[k]));
    for (std::size_t i : a.front()) {
      FrontPoint fp{i, {}};
      const auto v = a.objectives(i);
      for (std::size_t k = 0; k < objectives.size(); ++k)
        fp.objectives.push_back(reported_value(objectives[k], v[k]));
      p.front.push_back(std::move(fp));
    }
    const auto& trace = a.hypervolume_trace();
    const std::size_t stride = std::max<std::size_t>(1, (trace.size() + k_max_trace_samples - 1) / k_max_trace_samples);
    for (std::size_t i = 0; i < trace.size(); i += stride)
      p.hypervolume_trace.push_back(trace[i]);
    if (!trace.empty() && (trace.size() - 1) % stride != 0)
      p.hypervolume_trace.push_back(trace.back());
    p.archive_setup = archive_setup_;
  }
  const double evaluated = static_cast<double>(evaluated_this_session_ + static_cast<std::int64_t>(in_flight_done));
  p.evals_per_s = p.elapsed_s > 0 ? evaluated / p.elapsed_s : 0;
  {
    std::lock_guard lock(progress_mutex_);
    if (progress_.state == SearchState::Failed && !progress_.error.empty())
      p.error = progress_.error;
    progress_ = p;
  }
  if (options_.on_progress) {
    // Only the callback gets the new records (the stored snapshot stays small).
    if (archive_) {
      for (std::size_t i = records_published_; i < archive_->size(); ++i)
        p.new_records.push_back(archive_->record(i));
      records_published_ = archive_->size();
    }
    options_.on_progress(p);
  }
}

void SearchRunner::prefetch_accuracies(const std::vector<EvaluationJob>& jobs)
{
  if (!accuracy_ || !accuracy_->prefers_batches() || options_.make_evaluator || jobs.size() < 2 || cancel_)
    return;
  std::vector<ModelConfig> models;
  std::unordered_set<std::string> seen;
  for (const auto& job : jobs)
    if (seen.insert(model_key(job.design.model)).second)
      models.push_back(job.design.model);
  // The source caches what it learns; the workers then read it, and report each failure themselves.
  auto batch = std::async(std::launch::async, [&] {
    try {
      accuracy_->estimate_batch(models, options_.threads);
    } catch (const std::exception&) {
    }
  });
  while (batch.wait_for(std::chrono::milliseconds(50)) != std::future_status::ready)
    publish(SearchState::Running, 0, false);
}

void SearchRunner::solve_exactly(AlgorithmContext& context)
{
  ExactSolveOptions options;
  options.threads = std::max(1, options_.threads);
  options.cancel = &cancel_;
  options.on_progress = [this](std::size_t done, std::size_t total) {
    {
      std::lock_guard lock(progress_mutex_);
      progress_.solve_fraction = total > 0 ? static_cast<double>(done) / static_cast<double>(total) : 1.0;
    }
    publish(SearchState::Running, 0, false);
  };
  {
    std::lock_guard lock(progress_mutex_);
    progress_.phase = "solving";
  }
  ExactSolution solution = solve_exact(scenario_, options);
  context.initial_genomes = std::move(solution.genomes);
  solution.genomes.clear();
  budget_ = static_cast<std::int64_t>(context.initial_genomes.size());
  context.budget = budget_;
  exact_ = std::move(solution);
  std::lock_guard lock(progress_mutex_);
  progress_.phase.clear();
}

void SearchRunner::coordinate()
{
  std::optional<JournalWriter> journal;
  // The journal is written by the workers (each evaluation as it finishes) and flushed here;
  // JournalWriter itself knows no threads.
  std::mutex journal_mutex;
  const auto flush_journal = [&] {
    std::lock_guard lock(journal_mutex);
    if (journal)
      journal->flush();
  };
  try {
    auto make_evaluator = options_.make_evaluator
                              ? options_.make_evaluator
                              : std::function<EvaluationPool::EvaluateFunction()>([this] { return default_evaluator(); });
    if (options_.background_priority) {
      lower_current_thread_priority();
      // Each evaluation thread builds its evaluator on itself first: lower it there.
      make_evaluator = [inner = std::move(make_evaluator)] {
        lower_current_thread_priority();
        return inner();
      };
    }
    prepare_reference_designs(make_evaluator());
    archive_ = std::make_unique<Archive>(make_archive_setup(scenario_, anchors_));
    archive_setup_ = std::make_shared<const ArchiveSetup>(archive_->setup());

    if (!options_.journal_path.empty()) {
      if (resume_header_) {
        journal.emplace(JournalWriter::append(options_.journal_path, resume_valid_bytes_));
      } else {
        nlohmann::json header = journal_header_json(to_json(scenario_), anchors_);
        header["baselines"] = baselines_json(baselines_);
        journal.emplace(JournalWriter::create(options_.journal_path, header));
      }
    }

    AlgorithmContext context;
    context.knob_sizes = space_.knob_sizes();
    context.categorical = space_.categorical_knobs();
    context.objective_count = static_cast<int>(scenario_.objectives().size());
    context.seed = scenario_.seed;
    context.budget = budget_;
    for (const auto& b : scenario_.baselines)
      if (const auto genome = space_.encode(b.design))
        context.initial_genomes.push_back(*genome);
    if (require_algorithm(scenario_.algorithm.name, "search.algorithm").exact_solver) {
      solve_exactly(context);
      if (cancel_) {
        finished_ = true;
        publish(SearchState::Cancelled, 0, true);
        return;
      }
    }
    auto algorithm = make_search_algorithm(scenario_.algorithm, context);
    if (batch_size_ == 0) {
      const std::size_t preferred = preferred_batch_size(scenario_.algorithm, context);
      batch_size_ = preferred > 0 ? preferred : k_default_batch;
    }

    std::unordered_map<std::string, std::size_t> replay;   // genome key → index into resume_records_
    for (std::size_t i = 0; i < resume_records_.size(); ++i)
      replay.emplace(genome_key(resume_records_[i].genome), i);

    auto on_finished = [&](const EvaluationJob& job, const EvaluationOutcome& outcome) {
      if (!journal)
        return;
      ArchiveRecord r{job.index, job.genome, outcome.failed, outcome.error, outcome.invariants};
      // Feasibility here is provisional (the archive decides); it is only for people reading the file.
      const bool feasible = !outcome.failed &&
                            archive_->constraints().check(outcome.invariants, CarbonBreakdown{}, false).feasible;
      const nlohmann::json line = journal_record_json(r, space_, feasible);
      std::lock_guard lock(journal_mutex);
      journal->write(line);
    };
    EvaluationPool pool(options_.threads, make_evaluator, on_finished, cancel_);
    // Unregisters the pool before it is destroyed, also when an exception unwinds this scope.
    struct Registration {
      SearchRunner& runner;
      ~Registration()
      {
        std::lock_guard lock(runner.pool_mutex_);
        runner.pool_ = nullptr;
      }
    } registration{*this};
    {
      std::lock_guard lock(pool_mutex_);
      pool_ = &pool;
      pool.set_paused(paused_);
    }
    publish(SearchState::Running, 0, true);

    int batches_without_news = 0;
    while (!cancel_ && static_cast<std::int64_t>(archive_->size()) < budget_ && !algorithm->exhausted()) {
      const auto remaining = static_cast<std::size_t>(budget_ - static_cast<std::int64_t>(archive_->size()));
      const auto genomes = algorithm->ask(std::min(batch_size_, remaining));
      if (genomes.empty())
        break;
      // Sort the batch into designs already archived (told again, not re-evaluated), designs the
      // journal already holds (replayed), and new designs (evaluated in parallel).
      enum class Source { Archived, Replayed, Evaluated };
      struct Slot {
        Source source;
        std::size_t ref;   // archive index, resume record, or job index
      };
      std::vector<Slot> slots;
      std::vector<EvaluationJob> jobs;
      std::unordered_map<std::string, std::size_t> new_in_batch;
      auto next_index = static_cast<std::int64_t>(archive_->size());
      std::vector<std::int64_t> assigned_index(genomes.size(), -1);
      for (std::size_t g = 0; g < genomes.size(); ++g) {
        const std::string key = genome_key(genomes[g]);
        if (const auto found = archive_->find(genomes[g])) {
          slots.push_back({Source::Archived, *found});
        } else if (new_in_batch.count(key)) {
          slots.push_back({Source::Archived, SIZE_MAX});   // duplicate within the batch: resolved below
        } else if (const auto it = replay.find(key); it != replay.end()) {
          slots.push_back({Source::Replayed, it->second});
          new_in_batch.emplace(key, g);
          assigned_index[g] = next_index++;
        } else {
          slots.push_back({Source::Evaluated, jobs.size()});
          new_in_batch.emplace(key, g);
          assigned_index[g] = next_index++;
          jobs.push_back({assigned_index[g], genomes[g], space_.decode(genomes[g])});
        }
      }
      while (paused_ && !cancel_) {
        publish(SearchState::Paused, 0, false);
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
      }
      prefetch_accuracies(jobs);
      const auto outcomes = pool.run(jobs, std::min(options_.progress_interval, std::chrono::milliseconds(50)),
                                     [&](std::size_t done) {
                                       publish(paused_ ? SearchState::Paused : SearchState::Running, done, false);
                                     });
      // Add in ask order; stop at the first design a cancellation left unevaluated.
      std::vector<EvaluatedGenome> told;
      bool complete = true;
      std::size_t added = 0;
      for (std::size_t g = 0; g < genomes.size() && complete; ++g) {
        const Slot& slot = slots[g];
        if (slot.source == Source::Evaluated) {
          const auto& o = outcomes[slot.ref];
          if (!o.done) {
            complete = false;
            break;
          }
          archive_->add({assigned_index[g], genomes[g], o.failed, o.error, o.invariants});
          ++evaluated_this_session_;
          ++added;
        } else if (slot.source == Source::Replayed) {
          ArchiveRecord r = resume_records_[slot.ref];
          r.index = assigned_index[g];
          archive_->add(std::move(r));
          ++resumed_count_;
          ++added;
        }
      }
      if (!complete)
        break;
      for (std::size_t g = 0; g < genomes.size(); ++g) {
        const auto found = archive_->find(genomes[g]);
        told.push_back(archive_->evaluated_genome(*found));
      }
      algorithm->tell(told);
      flush_journal();
      batches_without_news = added == 0 ? batches_without_news + 1 : 0;
      if (batches_without_news >= k_max_batches_without_news) {
        warnings_.push_back("the algorithm kept proposing designs that were already evaluated; stopped early");
        break;
      }
      publish(SearchState::Running, 0, false);
    }
    flush_journal();
    finished_ = true;
    publish(cancel_ ? SearchState::Cancelled : SearchState::Finished, 0, true);
  } catch (const EvaluationCancelled&) {
    // Stopped while the reference designs' accuracies were being computed (remote jobs).
    if (!archive_)
      archive_ = std::make_unique<Archive>(make_archive_setup(scenario_, anchors_));
    finished_ = true;
    publish(SearchState::Cancelled, 0, true);
  } catch (const std::exception& e) {
    flush_journal();
    {
      std::lock_guard lock(progress_mutex_);
      progress_.state = SearchState::Failed;
      progress_.error = e.what();
    }
    if (!archive_)
      archive_ = std::make_unique<Archive>(make_archive_setup(scenario_, anchors_));
    finished_ = true;
    publish(SearchState::Failed, 0, true);
  }
}

}   // namespace cdse
