//@@ header
#include <stdio.h>
#include <math.h>
//@@ helpers
//@@ doc_append
//@@ signature
int right_angle_triangle(float a, float b, float c) {
//@@ solution
    if (fabs(a*a + b*b - c*c) < 1e-4 || fabs(a*a + c*c - b*b) < 1e-4 || fabs(b*b + c*c - a*a) < 1e-4) return 1;
    return 0;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(right_angle_triangle(3.0f, 4.0f, 5.0f) == 1);
    }
    {
        assert(right_angle_triangle(1.0f, 2.0f, 3.0f) == 0);
    }
    {
        assert(right_angle_triangle(10.0f, 6.0f, 8.0f) == 1);
    }
    {
        assert(right_angle_triangle(2.0f, 2.0f, 2.0f) == 0);
    }
    {
        assert(right_angle_triangle(7.0f, 24.0f, 25.0f) == 1);
    }
    {
        assert(right_angle_triangle(10.0f, 5.0f, 7.0f) == 0);
    }
    {
        assert(right_angle_triangle(5.0f, 12.0f, 13.0f) == 1);
    }
    {
        assert(right_angle_triangle(15.0f, 8.0f, 17.0f) == 1);
    }
    {
        assert(right_angle_triangle(48.0f, 55.0f, 73.0f) == 1);
    }
    {
        assert(right_angle_triangle(1.0f, 1.0f, 1.0f) == 0);
    }
    {
        assert(right_angle_triangle(2.0f, 2.0f, 10.0f) == 0);
    }
    return 0;
}
//@@ example_test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(right_angle_triangle(3.0f, 4.0f, 5.0f) == 1);
    }
    {
        assert(right_angle_triangle(1.0f, 2.0f, 3.0f) == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed right_angle_triangle.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
