import { EXPLOSION_FACTOR } from '../../core/gradientDescent/divergence';
import { DEFAULT_ADAM, DEFAULT_MOMENTUM } from '../../core/optimisers/settings';
import type { PythonExportRequest } from './exportRequest';
import { pythonFloat, pythonString } from './pythonLiteral';

// The code cells of the exported notebook. Everything that comes from the page enters through
// pythonString and pythonFloat; the rest is fixed text. Each function mirrors a core module and
// performs the same floating-point operations in the same order, so the doubles agree.

/** The imports. */
export const IMPORTS_CODE = `import csv
import io
import math
import os

import numpy as np`;

/** Reading the embedded CSV text (lines of the literal joined), or the file beside the notebook. */
export function dataCode(
  request: Pick<PythonExportRequest, 'features' | 'response'>,
  embeddedCsv: string | null,
  dataFileName: string,
): string {
  const names = `FEATURE_NAMES = [${request.features.map((column) => pythonString(column.name)).join(', ')}]
RESPONSE_NAME = ${pythonString(request.response.name)}`;
  const source =
    embeddedCsv === null
      ? `# The data is too large to embed: it is the CSV file saved beside this notebook.
DATA_FILE = ${pythonString(dataFileName)}
try:
    HERE = os.path.dirname(os.path.abspath(__file__))
except NameError:  # in a notebook, the folder the notebook runs in
    HERE = os.getcwd()
with open(os.path.join(HERE, DATA_FILE), newline="", encoding="utf-8") as data_file:
    DATA_CSV = data_file.read()`
      : `DATA_CSV = (\n${embeddedCsv
          .split(/(?<=\n)/)
          .map((line) => `    ${pythonString(line)}`)
          .join('\n')}\n)`;
  return `${names}
${source}


def read_columns(text):
    """The features (an n × k matrix) and the response (n values) from CSV text with a header row."""
    header, *rows = csv.reader(io.StringIO(text, newline=""))
    table = np.array([[float(cell) for cell in row] for row in rows])
    return table[:, :-1].copy(), table[:, -1].copy()


X_raw, y_raw = read_columns(DATA_CSV)
print(f"{len(y_raw)} rows, {X_raw.shape[1]} feature(s)")`;
}

/** Min–max scaling as scikit-learn's MinMaxScaler does it (core/scaling.ts), or none. */
export function scalingCode(request: PythonExportRequest): string {
  return `SCALE = ${request.scaled ? 'True' : 'False'}


def fit_min_max(values):
    """scale = 1/(max − min) and offset = −min·scale, so that values·scale + offset runs from 0 to 1."""
    low, high = float(np.min(values)), float(np.max(values))
    scale = 1.0 / (high - low) if high != low else 1.0
    return scale, -low * scale


if SCALE:
    feature_scalers = [fit_min_max(X_raw[:, j]) for j in range(X_raw.shape[1])]
    response_scaler = fit_min_max(y_raw)
else:
    feature_scalers = [(1.0, 0.0)] * X_raw.shape[1]
    response_scaler = (1.0, 0.0)
X = np.column_stack([X_raw[:, j] * scale + offset for j, (scale, offset) in enumerate(feature_scalers)])
y = y_raw * response_scaler[0] + response_scaler[1]`;
}

/** `pairwise_sum` and `pairwise_mean`: numpy's pairwise sums, split as the page splits arrays longer than 8192. */
export const PAIRWISE_SUM_CODE = `def pairwise_sum(values):
    """Σ values, added pairwise over the whole array as the page adds them.

    np.sum adds pairwise within blocks of 8192 values, then adds the blocks one after another;
    splitting longer arrays in halves (as numpy splits inside a block) gives the same sums as the
    page for any length, not only up to 8192 values.
    """
    n = len(values)
    if n <= 8192:
        return np.sum(values)
    half = n // 2 - (n // 2) % 8
    return pairwise_sum(values[:half]) + pairwise_sum(values[half:])


def pairwise_mean(values):
    return pairwise_sum(values) / len(values)`;

/** The closed-form least-squares line and the MSE, with numpy's own (pairwise) sums, as the page. */
export const LEAST_SQUARES_CODE = `${PAIRWISE_SUM_CODE}


def ols_fit(x, y):
    """slope = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², intercept = ȳ − slope·x̄."""
    x_mean, y_mean = pairwise_mean(x), pairwise_mean(y)
    dx, dy = x - x_mean, y - y_mean
    slope = pairwise_sum(dx * dy) / pairwise_sum(dx * dx)
    return y_mean - slope * x_mean, slope


def predict(X, w, b):
    """p = X·w + b for every row."""
    return X @ w + b


def mse(X, y, w, b):
    """(1/N)·Σ(y − p)²."""
    residuals = y - predict(X, w, b)
    return pairwise_mean(residuals * residuals)


ols_intercept, ols_slope = ols_fit(X[:, 0], y)
mse_at_ols = mse(X, y, np.array([ols_slope]), ols_intercept)
print("least squares: intercept", ols_intercept, "slope", ols_slope, "MSE", mse_at_ols)`;

/** The run's settings, as constants a student can change. */
export function settingsCode(request: PythonExportRequest): string {
  const { flavour } = request;
  return `LEARNING_RATE = ${pythonFloat(request.learningRate)}
EPOCHS = ${request.epochs}
START = [${pythonFloat(request.start.intercept)}, ${pythonFloat(request.start.slope)}]  # [intercept, slope], in the units descent works in
FLAVOUR = ${pythonString(flavour.kind)}  # "batch", "mini-batch" or "stochastic"
BATCH_SIZE = ${flavour.kind === 'mini-batch' ? flavour.batchSize : flavour.kind === 'stochastic' ? 1 : 'None'}
SEED = ${flavour.kind === 'batch' ? 'None' : flavour.seed}
OPTIMISER = ${pythonString(request.optimiser)}  # "plain", "momentum" or "adam"
TOLERANCE = ${request.tolerance === null ? 'None' : pythonFloat(request.tolerance)}  # stop once the loss changes by at most this share of itself
LOSS_BY = ${pythonString(request.method === 'per-point' ? 'rows' : 'sums')}  # "rows": a pass over every row; "sums": a few sums, for long runs
EPOCH_ON_SCREEN = ${request.epochOnScreen}`;
}

/** Loss and gradient, by a pass over the rows or from sufficient statistics (gradientDescent/*.ts). */
export const LOSS_CODE = `def row_order_sum(values):
    """Adds the rows one after another, as a plain loop does (np.sum adds pairwise, which rounds differently)."""
    return np.cumsum(values, axis=0)[-1]


def loss_and_gradient(X, y, w, b):
    """MSE and its gradient: ∂/∂w = −(2/N)·Σ x·(y − p), ∂/∂b = −(2/N)·Σ(y − p), summed in row order."""
    n = len(y)
    residuals = y - predict(X, w, b)
    loss = row_order_sum(residuals * residuals) / n
    gradient_w = -(2 / n) * row_order_sum(X * residuals[:, None])
    gradient_b = -(2 / n) * row_order_sum(residuals)
    return float(loss), float(gradient_b), [float(g) for g in gradient_w]


def sufficient_statistics(x, y):
    """The few sums (about the means) that the loss of any line depends on; the page uses them for long runs."""
    x_mean, y_mean = pairwise_mean(x), pairwise_mean(y)
    dx, dy = x - x_mean, y - y_mean
    spread = pairwise_sum(dx * dx)
    cross = pairwise_sum(dx * dy)
    best_slope = cross / spread
    return dict(
        count=len(x), x_mean=x_mean, y_mean=y_mean, sum_dx=pairwise_sum(dx), sum_dy=pairwise_sum(dy), spread=spread,
        best_slope=best_slope, slope_residual=cross - best_slope * spread, rss=pairwise_sum((dy - best_slope * dx) ** 2),
    )


def loss_and_gradient_from_sums(s, b, w):
    """The same MSE and gradient from the sums alone, O(1) per epoch; agrees with the row pass to about 1e-15."""
    n = s["count"]
    slope_error = w - s["best_slope"]
    mean_offset = s["y_mean"] - b - w * s["x_mean"]
    centred_residual_sum = s["sum_dy"] - w * s["sum_dx"]
    sum_residuals = centred_residual_sum + n * mean_offset
    sum_x_residuals = (-s["spread"] * slope_error + s["slope_residual"] + mean_offset * s["sum_dx"]) + s["x_mean"] * sum_residuals
    sum_squares = (s["rss"] + s["spread"] * slope_error * slope_error - 2 * slope_error * s["slope_residual"]
                   + 2 * mean_offset * centred_residual_sum + n * mean_offset * mean_offset)
    loss = (0.0 if sum_squares <= 0 else sum_squares) / n
    return float(loss), float(-(2 / n) * sum_residuals), [float(-(2 / n) * sum_x_residuals)]


def two_product(a, b):
    """a·b exactly, as a rounded product and its error (Dekker's split)."""
    product = a * b
    t = 134217729.0 * a
    a_high = t - (t - a)
    a_low = a - a_high
    t = 134217729.0 * b
    b_high = t - (t - b)
    b_low = b - b_high
    return product, a_low * b_low - (product - a_high * b_high - a_low * b_high - a_high * b_low)


def multiply_pairs(a_high, a_low, b_high, b_low):
    """The product of two double-double numbers (high + low), as a double-double."""
    high, low = two_product(a_high, b_high)
    low = low + (a_high * b_low + a_low * b_high)
    total = high + low
    return total, low - (total - high)


def closed_form_lines(s, start, learning_rate, epochs):
    """Plain batch descent on the sums in closed form, as the page runs long batch runs:
    θₖ = θ* + Σ λᵢᵏ·(vᵢ·(θ₀ − θ*))·vᵢ over the Hessian's eigenpairs (μᵢ, vᵢ), λᵢ = 1 − η·μᵢ,
    with the powers of λ kept exactly as double-doubles (core/gradientDescent/closedFormRun.ts)."""
    variance, mean = s["spread"] / s["count"], s["x_mean"]
    b, c = 2 * mean, 2 * (variance + mean * mean)
    difference = 2 - c
    root = math.sqrt(difference * difference + 4 * b * b)
    largest = (2 + c + root) / 2
    smallest = (4 * variance) / largest
    along, across = (1.0, 0.0) if root == 0 else ((difference + root) / 2, b) if difference >= 0 else (b, (root - difference) / 2)
    length = math.sqrt(along * along + across * across)
    unit_b, unit_w = along / length, across / length
    best_w = s["best_slope"]
    best_b = s["y_mean"] - best_w * s["x_mean"]
    gap_b, gap_w = start[0] - best_b, start[1] - best_w

    series = []
    for value, along_b, along_w in ((largest, unit_b, unit_w), (smallest, -unit_w, unit_b)):
        share = along_b * gap_b + along_w * gap_w
        step = -(learning_rate * value)
        ratio = 1 + step  # λ = 1 − η·μ exactly, as high + low
        virtual_step = ratio - 1
        ratio_low = (1 - (ratio - virtual_step)) + (step - virtual_step)
        table, power = [], (1.0, 0.0)
        for _ in range(64):
            table.append(power[0])
            power = multiply_pairs(power[0], power[1], ratio, ratio_low)
        series.append((share * along_b, share * along_w, table, power))
    (fast_b, fast_w, fast_table, fast_stride), (slow_b, slow_w, slow_table, slow_stride) = series
    fast_power, slow_power = (1.0, 0.0), (1.0, 0.0)
    intercepts, slopes = [], []
    for block_start in range(0, epochs + 1, 64):
        fast, slow = fast_power[0], slow_power[0]
        fast_power = multiply_pairs(fast, fast_power[1], *fast_stride)
        slow_power = multiply_pairs(slow, slow_power[1], *slow_stride)
        block_fast_b = 0.0 if fast_b == 0 else fast_b * fast
        block_fast_w = 0.0 if fast_w == 0 else fast_w * fast
        block_slow_b = 0.0 if slow_b == 0 else slow_b * slow
        block_slow_w = 0.0 if slow_w == 0 else slow_w * slow
        for j in range(min(epochs + 1 - block_start, 64)):
            intercepts.append(best_b + (block_fast_b * fast_table[j] + block_slow_b * slow_table[j]))
            slopes.append(best_w + (block_fast_w * fast_table[j] + block_slow_w * slow_table[j]))
    intercepts[0], slopes[0] = start
    return intercepts, slopes`;

/** The update rules of core/optimisers/updateRules.ts, on plain Python floats. */
export const UPDATE_CODE = `MOMENTUM = ${pythonFloat(DEFAULT_MOMENTUM)}
BETA1, BETA2, EPSILON = ${pythonFloat(DEFAULT_ADAM.firstMomentDecay)}, ${pythonFloat(DEFAULT_ADAM.secondMomentDecay)}, ${pythonFloat(DEFAULT_ADAM.epsilon)}


class Update:
    """One step θ ← θ − η·(step direction) for θ = [intercept, weights...], with the optimiser's memory."""

    def __init__(self, kind, learning_rate, size):
        self.kind, self.learning_rate = kind, learning_rate
        self.velocity = [0.0] * size                # momentum
        self.mean, self.square = [0.0] * size, [0.0] * size  # Adam's moments
        self.beta1_power, self.beta2_power = 1.0, 1.0

    def apply(self, theta, gradient):
        rate = self.learning_rate
        if self.kind == "plain":  # θ ← θ − η·g
            for k, g in enumerate(gradient):
                theta[k] = theta[k] - rate * g
        elif self.kind == "momentum":  # v ← β·v + g, θ ← θ − η·v
            for k, g in enumerate(gradient):
                self.velocity[k] = MOMENTUM * self.velocity[k] + g
                theta[k] = theta[k] - rate * self.velocity[k]
        else:  # Adam: bias-corrected moments, θ ← θ − η·m̂/(√v̂ + ε)
            self.beta1_power *= BETA1
            self.beta2_power *= BETA2
            mean_correction, square_correction = 1 - self.beta1_power, 1 - self.beta2_power
            for k, g in enumerate(gradient):
                self.mean[k] = BETA1 * self.mean[k] + (1 - BETA1) * g
                self.square[k] = BETA2 * self.square[k] + (1 - BETA2) * g * g
                theta[k] = theta[k] - rate * (self.mean[k] / mean_correction) / (math.sqrt(self.square[k] / square_correction) + EPSILON)`;

/** Mulberry32 and the Fisher–Yates shuffle of core/random.ts, bit for bit. */
export const RANDOM_CODE = `class Mulberry32:
    """The page's seeded generator (Mulberry32): the same seed gives the same numbers in [0, 1)."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def next(self):
        self.state = (self.state + 0x6D2B79F5) & 0xFFFFFFFF
        t = self.state
        t = ((t ^ (t >> 15)) * (t | 1)) & 0xFFFFFFFF
        t ^= (t + (((t ^ (t >> 7)) * (t | 61)) & 0xFFFFFFFF)) & 0xFFFFFFFF
        return (t ^ (t >> 14)) / 4294967296


def shuffle_in_place(order, random):
    """Fisher–Yates: for i from the end down to 1, swap entry i with a uniformly chosen j ≤ i."""
    for i in range(len(order) - 1, 0, -1):
        j = int(random.next() * (i + 1))
        order[i], order[j] = order[j], order[i]`;

/** The epoch loop of core/optimisers/recordEpochs.ts with the batch and shuffled epochs of epochLoops.ts. */
export const DESCENT_CODE = `EXPLOSION_FACTOR = ${pythonFloat(EXPLOSION_FACTOR)}


def gd_fit(X, y):
    """Gradient descent as the page ran it; returns the line and the full-data MSE after every epoch."""
    x, n = X[:, 0], len(y)
    sums = sufficient_statistics(x, y) if LOSS_BY == "sums" else None

    def evaluate(theta):
        if sums is not None:
            return loss_and_gradient_from_sums(sums, theta[0], theta[1])
        return loss_and_gradient(X, y, np.array(theta[1:]), theta[0])

    # long plain batch runs on the sums: every epoch's line in closed form, as the page computes them
    closed = closed_form_lines(sums, START, LEARNING_RATE, EPOCHS) if sums is not None and FLAVOUR == "batch" and OPTIMISER == "plain" else None
    update = Update(OPTIMISER, LEARNING_RATE, 2)
    theta = list(START)
    xs, ys = x.tolist(), y.tolist()
    order, random = list(range(n)), Mulberry32(SEED or 0)
    batch_size = n if FLAVOUR == "batch" else min(BATCH_SIZE, n)
    intercepts, slopes, losses = [], [], []
    for epoch in range(EPOCHS + 1):
        loss, gradient_b, gradient_w = evaluate(theta)
        if epoch == 0:
            starting_loss = loss
        # A loss that is not finite, or a million times the start, means the steps overshoot: stop.
        if not math.isfinite(loss) or loss > EXPLOSION_FACTOR * max(starting_loss, 5e-324) or not all(map(math.isfinite, theta)):
            print(f"diverged at epoch {epoch}")
            break
        intercepts.append(theta[0])
        slopes.append(theta[1])
        losses.append(loss)
        if epoch > 0 and TOLERANCE is not None and abs(loss - losses[-2]) <= TOLERANCE * max(losses[-2], 5e-324):
            print(f"the loss settled at epoch {epoch}")
            break
        if epoch == EPOCHS:
            break
        if closed is not None:
            theta = [closed[0][epoch + 1], closed[1][epoch + 1]]
            continue
        if FLAVOUR == "batch":
            update.apply(theta, [gradient_b] + gradient_w)
            continue
        shuffle_in_place(order, random)  # a new order every epoch, then one update per batch
        for first in range(0, n, batch_size):
            end = min(n, first + batch_size)
            b, w = theta
            sum_residuals = sum_x_residuals = 0.0
            for row in order[first:end]:
                residual = ys[row] - (w * xs[row] + b)
                sum_x_residuals += xs[row] * residual
                sum_residuals += residual
            size = end - first
            update.apply(theta, [-(2 / size) * sum_residuals, -(2 / size) * sum_x_residuals])
    return intercepts, slopes, losses


with np.errstate(over="ignore", invalid="ignore"):
    gd_intercepts, gd_slopes, gd_losses = gd_fit(X, y)
shown = min(EPOCH_ON_SCREEN, len(gd_losses) - 1)
gd_intercept, gd_slope, mse_at_gd = gd_intercepts[shown], gd_slopes[shown], gd_losses[shown]
print(f"gradient descent, epoch {shown}: intercept", gd_intercept, "slope", gd_slope, "MSE", mse_at_gd)`;
