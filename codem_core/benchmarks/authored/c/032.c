//@@ header
#include <stdio.h>
#include <math.h>
//@@ helpers
/*
Evaluates polynomial with coefficients xs (size of them) at point x.
return xs[0] + xs[1] * x + xs[2] * x^2 + .... xs[n] * x^n
*/
double poly(const double *xs, int size, double x) {
    double sum = 0.0;
    for (int i = 0; i < size; i++) sum += xs[i] * pow(x, i);
    return sum;
}
//@@ doc_append
xs has size coefficients.
//@@ signature
double find_zero(const double *xs, int size) {
//@@ solution
    double begin = -1.0, end = 1.0;
    while (poly(xs, size, begin) * poly(xs, size, end) > 0) {
        begin *= 2.0;
        end *= 2.0;
    }
    while (end - begin > 1e-10) {
        double center = (begin + end) / 2.0;
        if (poly(xs, size, center) * poly(xs, size, begin) > 0) begin = center;
        else end = center;
    }
    return begin;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    srand(32);
    for (int i = 0; i < 100; i++) {
        int ncoeff = 2 * (1 + rand() % 4);
        double coeffs[8];
        for (int j = 0; j < ncoeff; j++) {
            double coeff = -10 + rand() % 21;
            if (coeff == 0) coeff = 1;
            coeffs[j] = coeff;
        }
        double solution = find_zero(coeffs, ncoeff);
        assert(fabs(poly(coeffs, ncoeff, solution)) < 1e-3);
    }
    return 0;
}
//@@ example_test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    { double xs[] = {1, 2}; assert(fabs(find_zero(xs, 2) + 0.5) < 1e-4); }
    { double xs[] = {-6, 11, -6, 1}; assert(fabs(find_zero(xs, 4) - 1.0) < 1e-4); }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed find_zero.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand: solution rewritten as bisection (HumanEval-X's method; LLM4Decompile's Newton iteration from 0 can stall on a zero derivative); helper poly shown in the prompt as in HumanEval; test by hand from the C++ test (random polynomials, seeded).
