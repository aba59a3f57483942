import { FAR_FROM_ZERO_RATIO } from '../../core/centring';
import { EXPLOSION_FACTOR } from '../../core/gradientDescent/divergence';
import type { ManyFeatureExportRequest } from './manyFeatureRequest';
import { pythonFloat, pythonString } from './pythonLiteral';

// The code cells of a weight-vector export. As in pythonCode.ts, everything that comes from the
// page enters through pythonString and pythonFloat; the rest is fixed text mirroring the core
// (core/linearModel/*, core/scaling.ts, model/manyFeatures/modelUnits.ts) operation for operation.

/** How many rows of each power numpy's `x**k` rounds differently from the page's column (shown, not used). */
export function powersCheckCode(powers: NonNullable<ManyFeatureExportRequest['powers']>): string {
  return `DEGREE = ${powers.degree}  # the terms x, x^2, …, x^DEGREE of the first feature come first
x = X_raw[:, 0]
for k in range(2, DEGREE + 1):
    page_column = X_raw[:, k - 1]
    by_numpy = x ** k
    differ = int(np.count_nonzero(by_numpy != page_column))
    ulps = float(np.max(np.abs(by_numpy - page_column) / np.spacing(np.abs(page_column)))) if differ else 0.0
    print(f"x**{k}: numpy differs from the page's column in {differ} of {len(x)} rows (at most {ulps:.0f} ulp)")`;
}

/** The page's scaling of every term and the response: min–max, or by the largest magnitude through the origin. */
export function manyScalingCode(request: ManyFeatureExportRequest): string {
  return `SCALE = ${request.scaled ? 'True' : 'False'}
HAS_INTERCEPT = ${request.throughOrigin ? 'False' : 'True'}  # False: the model ŷ = w·x goes through the origin
FAR_FROM_ZERO_RATIO = ${pythonFloat(FAR_FROM_ZERO_RATIO)}


def fit_scaler(values):
    """Min–max: scale = 1/(max − min), offset = −min·scale. Through the origin: scale = 1/max|v|, offset 0."""
    if not HAS_INTERCEPT:
        largest = float(np.max(np.abs(values)))
        return dict(low=0.0, high=largest, scale=1.0 / largest if largest != 0 else 1.0, offset=0.0)
    low, high = float(np.min(values)), float(np.max(values))
    scale = 1.0 / (high - low) if high != low else 1.0
    return dict(low=low, high=high, scale=scale, offset=-low * scale)


def apply_scaler(scaler, values):
    """values·scale + offset; for a column far from zero (v − min)·scale, the same map without cancellation."""
    low, high = scaler["low"], scaler["high"]
    nearest = low if low > 0 else (-high if high < 0 else 0.0)
    if nearest > FAR_FROM_ZERO_RATIO * (high - low):
        return (values - low) * scaler["scale"]
    return values * scaler["scale"] + scaler["offset"]


if SCALE:
    term_scalers = [fit_scaler(X_raw[:, j]) for j in range(X_raw.shape[1])]
    response_scaler = fit_scaler(y_raw)
    X = np.column_stack([apply_scaler(scaler, X_raw[:, j]) for j, scaler in enumerate(term_scalers)])
    y = apply_scaler(response_scaler, y_raw)
else:
    term_scalers = [dict(low=0.0, high=1.0, scale=1.0, offset=0.0)] * X_raw.shape[1]
    response_scaler = dict(low=0.0, high=1.0, scale=1.0, offset=0.0)
    X, y = X_raw.copy(), y_raw.copy()`;
}

/** The loss and gradient kernel of core/linearModel/lossAndGradient.ts, in numpy's pairwise order. */
export const MANY_LOSS_CODE = `def loss_and_gradient(X, y, theta):
    """MSE and gradient at θ = [intercept, w₁, …, w_p] over the rows of X.

    p = (Σⱼ wⱼ·xⱼ) + b, e = p − y, MSE = (1/N)·Σ e², ∂/∂b = (2/N)·Σ e, ∂/∂wⱼ = (2/N)·Σ xⱼ·e.
    Every sum is numpy's pairwise sum, as the page adds them, so the doubles are the page's.
    """
    n = len(y)
    prediction = np.zeros(n)
    for j in range(X.shape[1]):
        prediction = prediction + theta[j + 1] * X[:, j]
    errors = prediction + theta[0] - y
    loss = pairwise_sum(errors * errors) / n
    gradient = [(2 / n) * pairwise_sum(errors) if HAS_INTERCEPT else 0.0]
    gradient += [(2 / n) * pairwise_sum(X[:, j] * errors) for j in range(X.shape[1])]
    return float(loss), [float(g) for g in gradient]`;

/** Least squares by numpy's lstsq (an SVD, not the page's QR) on the working design. */
export const MANY_LEAST_SQUARES_CODE = `design = np.column_stack([np.ones(len(y)), X]) if HAS_INTERCEPT else X
coefficients, _, rank, singular_values = np.linalg.lstsq(design, y, rcond=None)
coefficients = [float(c) for c in coefficients]
ols_theta = coefficients if HAS_INTERCEPT else [0.0] + coefficients
mse_at_ols = loss_and_gradient(X, y, ols_theta)[0]
print("least squares: rank", rank, "of", design.shape[1], "condition number of the design", singular_values[0] / singular_values[-1])
print("intercept and weights", ols_theta, "MSE", mse_at_ols)`;

/** The run's settings, as constants a student can change. */
export function manySettingsCode(request: ManyFeatureExportRequest): string {
  const { flavour } = request;
  return `LEARNING_RATE = ${pythonFloat(request.learningRate)}
EPOCHS = ${request.epochs}
FLAVOUR = ${pythonString(flavour.kind)}  # "batch", "mini-batch" or "stochastic"
BATCH_SIZE = ${flavour.kind === 'mini-batch' ? flavour.batchSize : flavour.kind === 'stochastic' ? 1 : 'None'}
SEED = ${flavour.kind === 'batch' ? 'None' : flavour.seed}
OPTIMISER = ${pythonString(request.optimiser)}  # "plain", "momentum" or "adam"
TOLERANCE = ${request.tolerance === null ? 'None' : pythonFloat(request.tolerance)}  # stop once the loss changes by at most this share of itself
EPOCH_ON_SCREEN = ${request.epochOnScreen}`;
}

/** The epoch loop of core/linearModel/recordLinearEpochs.ts with the loops of linearEpochLoops.ts. */
export const MANY_DESCENT_CODE = `EXPLOSION_FACTOR = ${pythonFloat(EXPLOSION_FACTOR)}


def gd_fit(X, y):
    """Gradient descent from zero as the page ran it: θ after every epoch and the full-data MSE there."""
    n, p = X.shape
    update = Update(OPTIMISER, LEARNING_RATE, p + 1)
    theta = [0.0] * (p + 1)
    order, random = list(range(n)), Mulberry32(SEED or 0)
    batch_size = n if FLAVOUR == "batch" else min(BATCH_SIZE, n)
    thetas, losses = [], []
    for epoch in range(EPOCHS + 1):
        loss, gradient = loss_and_gradient(X, y, theta)
        if epoch == 0:
            starting_loss = loss
        # A loss that is not finite, or a million times the start, means the steps overshoot: stop.
        if not math.isfinite(loss) or loss > EXPLOSION_FACTOR * max(starting_loss, 5e-324) or not all(map(math.isfinite, theta)):
            print(f"diverged at epoch {epoch}")
            break
        thetas.append(list(theta))
        losses.append(loss)
        if epoch > 0 and TOLERANCE is not None and abs(loss - losses[-2]) <= TOLERANCE * max(losses[-2], 5e-324):
            print(f"the loss settled at epoch {epoch}")
            break
        if epoch == EPOCHS:
            break
        if FLAVOUR == "batch":
            update.apply(theta, gradient)
            continue
        shuffle_in_place(order, random)  # a new order every epoch, then one update per batch
        for first in range(0, n, batch_size):
            rows = order[first:first + batch_size]
            update.apply(theta, loss_and_gradient(X[rows], y[rows], theta)[1])
    return thetas, losses


with np.errstate(over="ignore", invalid="ignore"):
    gd_thetas, gd_losses = gd_fit(X, y)
shown = min(EPOCH_ON_SCREEN, len(gd_losses) - 1)
gd_theta, mse_at_gd = gd_thetas[shown], gd_losses[shown]
print(f"gradient descent, epoch {shown}: intercept and weights", gd_theta, "MSE", mse_at_gd)`;

/** The last cell: every number of the page's weights table, `name = repr` one per line. */
export const MANY_RESULTS_CODE = `def in_original_units(theta):
    """With x'ⱼ = xⱼ·sⱼ + oⱼ and y' = y·s + o: wⱼ = w'ⱼ·sⱼ/s and b = (b' − o + Σ w'ⱼ·oⱼ)/s."""
    weights = [(w * scaler["scale"]) / response_scaler["scale"] for w, scaler in zip(theta[1:], term_scalers)]
    shifted = theta[0] - response_scaler["offset"]
    for w, scaler in zip(theta[1:], term_scalers):
        shifted += w * scaler["offset"]
    return [shifted / response_scaler["scale"] if HAS_INTERCEPT else 0.0] + weights


def named(prefix, theta, suffix=""):
    values = {f"{prefix}_intercept{suffix}": theta[0]} if HAS_INTERCEPT else {}
    values.update({f"{prefix}_weight_{j}{suffix}": w for j, w in enumerate(theta[1:], start=1)})
    return values


results = {**named("ols", ols_theta), "mse_at_ols": mse_at_ols, **named("gd", gd_theta), "mse_at_gd": mse_at_gd}
if SCALE:
    results.update(named("ols", in_original_units(ols_theta), "_original"))
    results.update(named("gd", in_original_units(gd_theta), "_original"))
for j, name in enumerate(FEATURE_NAMES, start=1):
    print(f"weight {j} is the term {name!r}")
print(f"gd_epoch = {shown!r}")
for name, value in results.items():
    print(f"{name} = {float(value)!r}")`;
