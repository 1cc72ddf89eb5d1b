package dev.clientlens.train;

/**
 * L2-regularised logistic regression on real-valued (standardised) features, fitted by Newton's method
 * (iteratively reweighted least squares). Small and exact: a few hundred examples and a score of features
 * converge in a dozen steps, with the same result on every run. The intercept is not penalised.
 */
final class Irls {
  private static final int MAX_STEPS = 50;
  private static final double TOLERANCE = 1e-9;

  private Irls() {}

  /**
   * Fits the model; returns the intercept followed by one weight per feature.
   *
   * @param x one row per example, one column per feature, already standardised
   * @param y the labels
   * @param l2 the penalty λ on the squared weights (λ/2 · Σ w²)
   */
  static double[] fit(double[][] x, boolean[] y, double l2) {
    int n = x.length;
    int d = x[0].length + 1;
    double[] w = new double[d];
    for (int step = 0; step < MAX_STEPS; step++) {
      double[] gradient = new double[d];
      double[][] hessian = new double[d][d];
      for (int i = 0; i < n; i++) {
        double[] row = withBias(x[i]);
        double p = sigmoid(dot(w, row));
        double r = (y[i] ? 1 : 0) - p;
        double v = Math.max(p * (1 - p), 1e-10);
        for (int a = 0; a < d; a++) {
          gradient[a] += r * row[a];
          for (int b = 0; b < d; b++) {
            hessian[a][b] += v * row[a] * row[b];
          }
        }
      }
      for (int a = 1; a < d; a++) {
        gradient[a] -= l2 * w[a];
        hessian[a][a] += l2;
      }
      double[] delta = solve(hessian, gradient);
      double change = 0;
      for (int a = 0; a < d; a++) {
        w[a] += delta[a];
        change = Math.max(change, Math.abs(delta[a]));
      }
      if (change < TOLERANCE) {
        break;
      }
    }
    return w;
  }

  static double sigmoid(double t) {
    return 1 / (1 + Math.exp(-t));
  }

  private static double[] withBias(double[] features) {
    double[] row = new double[features.length + 1];
    row[0] = 1;
    System.arraycopy(features, 0, row, 1, features.length);
    return row;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  /** Solves A·x = b by Gaussian elimination with partial pivoting (A is positive definite here). */
  static double[] solve(double[][] matrix, double[] vector) {
    int d = vector.length;
    double[][] a = new double[d][];
    double[] b = vector.clone();
    for (int i = 0; i < d; i++) {
      a[i] = matrix[i].clone();
    }
    for (int col = 0; col < d; col++) {
      int pivot = col;
      for (int r = col + 1; r < d; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      double[] t = a[col];
      a[col] = a[pivot];
      a[pivot] = t;
      double tb = b[col];
      b[col] = b[pivot];
      b[pivot] = tb;
      for (int r = col + 1; r < d; r++) {
        double f = a[r][col] / a[col][col];
        for (int c = col; c < d; c++) {
          a[r][c] -= f * a[col][c];
        }
        b[r] -= f * b[col];
      }
    }
    double[] x = new double[d];
    for (int r = d - 1; r >= 0; r--) {
      double sum = b[r];
      for (int c = r + 1; c < d; c++) {
        sum -= a[r][c] * x[c];
      }
      x[r] = sum / a[r][r];
    }
    return x;
  }
}
